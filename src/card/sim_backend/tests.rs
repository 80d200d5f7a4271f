use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use uuid::Uuid;

use super::*;

fn backend() -> (SimBackend, mpsc::Receiver<ReaderEvent>) {
    let (tx, rx) = mpsc::channel();
    let tx = Mutex::new(tx);
    let sink: EventSink = Box::new(move |event| {
        let _: Result<_, _> = tx.lock().unwrap().send(event);
    });
    (SimBackend::new(sink), rx)
}

fn drain(rx: &mpsc::Receiver<ReaderEvent>) -> Vec<ReaderEvent> {
    rx.try_iter().collect()
}

#[test]
fn readers_and_cards_come_and_go_with_events() {
    let (sim, rx) = backend();
    sim.add_reader("A");
    sim.add_reader("A");
    let card = VirtualCard::new(None);
    let atr = card.atr().clone();
    sim.insert("A", card).unwrap();
    assert_eq!(
        sim.snapshot().unwrap(),
        vec![ReaderSnapshot {
            name: "A".into(),
            card: Some(atr.clone())
        }]
    );
    sim.remove("A");
    sim.remove("A");
    sim.insert("A", VirtualCard::new(None)).unwrap();
    sim.remove_reader("A");
    assert_eq!(
        drain(&rx),
        vec![
            ReaderEvent::ReaderAdded("A".into()),
            ReaderEvent::CardInserted {
                reader: "A".into(),
                atr: atr.clone()
            },
            ReaderEvent::CardRemoved { reader: "A".into() },
            ReaderEvent::CardInserted {
                reader: "A".into(),
                atr
            },
            ReaderEvent::CardRemoved { reader: "A".into() },
            ReaderEvent::ReaderRemoved("A".into()),
        ]
    );
    assert_eq!(sim.snapshot().unwrap(), vec![]);
    assert!(matches!(
        sim.insert("B", VirtualCard::new(None)),
        Err(CardError::NoReader(_))
    ));
}

#[test]
fn reads_card_id_and_challenges() {
    let (sim, _rx) = backend();
    sim.add_reader("A");
    let auto = ChallengeChoice::default();
    assert_eq!(sim.challenge("A", auto), Err(CardError::NoCard("A".into())));
    assert_eq!(
        sim.challenge("Z", auto),
        Err(CardError::NoReader("Z".into()))
    );
    let id = Uuid::new_v4();
    sim.insert("A", VirtualCard::new(Some(id))).unwrap();
    let info = sim.read_card("A", GuidByteOrder::Microsoft).unwrap();
    assert_eq!(info.card_id, Some(id));
    let witness = sim.challenge("A", auto).unwrap();
    assert_eq!(witness.bytes.len(), 8);
    assert_ne!(witness, sim.challenge("A", auto).unwrap());
    sim.insert("A", VirtualCard::new(None)).unwrap();
    assert_eq!(
        sim.read_card("A", GuidByteOrder::Microsoft)
            .unwrap()
            .card_id,
        None
    );
}

#[test]
fn a_card_pulled_mid_operation_gives_card_removed() {
    let (sim, rx) = backend();
    sim.add_reader("A");
    sim.insert(
        "A",
        VirtualCard::new(Some(Uuid::new_v4())).with_vanish_on_ins(0xCB),
    )
    .unwrap();
    drain(&rx);
    assert_eq!(
        sim.read_card("A", GuidByteOrder::Microsoft),
        Err(CardError::CardRemoved)
    );
    assert_eq!(
        drain(&rx),
        vec![ReaderEvent::CardRemoved { reader: "A".into() }]
    );
    assert_eq!(sim.snapshot().unwrap()[0].card, None);
}

#[test]
fn a_card_swapped_between_apdus_gives_card_removed() {
    let (sim, _rx) = backend();
    let sim = Arc::new(sim);
    sim.add_reader("A");
    sim.insert("A", VirtualCard::new(None)).unwrap();
    let (mut session, _) = sim.session("A").unwrap();
    assert!(session.transmit(&[0x00, 0x84, 0x00, 0x00, 0x08]).is_ok());
    sim.remove("A");
    sim.insert("A", VirtualCard::new(None)).unwrap();
    assert_eq!(
        session.transmit(&[0x00, 0x84, 0x00, 0x00, 0x08]),
        Err(CardError::CardRemoved)
    );
}

#[test]
fn a_held_card_keeps_its_witness_until_reset() {
    let (sim, _rx) = backend();
    sim.add_reader("A");
    sim.insert("A", VirtualCard::new(Some(Uuid::new_v4())))
        .unwrap();
    let mut held = sim.hold("A").unwrap();
    let witness = held.challenge(ChallengeChoice::default()).unwrap();
    drop(held);
    // Released, not reset: the next session can still answer the witness.
    let (mut session, _) = sim.session("A").unwrap();
    let key = crate::card::admin_key::AdminKey::default();
    let answer = key.decrypt(&witness.bytes).unwrap();
    let mut command = vec![0x00, 0x87, 0x03, 0x9B, 0x0C, 0x7C, 0x0A, 0x80, 0x08];
    command.extend_from_slice(&answer);
    assert_eq!(session.transmit(&command), Ok(vec![0x90, 0x00]));

    let mut held = sim.hold("A").unwrap();
    let witness = held.challenge(ChallengeChoice::default()).unwrap();
    sim.reset_card("A");
    assert_eq!(
        held.challenge(ChallengeChoice::default()),
        Err(CardError::CardRemoved),
        "a reset ends the hold"
    );
    drop(held);
    let (mut session, _) = sim.session("A").unwrap();
    let mut command = vec![0x00, 0x87, 0x03, 0x9B, 0x0C, 0x7C, 0x0A, 0x80, 0x08];
    command.extend_from_slice(&key.decrypt(&witness.bytes).unwrap());
    assert_eq!(
        session.transmit(&command),
        Ok(vec![0x69, 0x85]),
        "forgotten"
    );
}

/// Selects PIV and proves the default admin key in `session`.
fn prove_admin_key(session: &mut dyn CardSession) {
    let select = crate::card::apdu::select_aid(&crate::card::apdu::PIV_AID);
    assert!(session.transmit(&select).unwrap().ends_with(&[0x90, 0x00]));
    let sealed = session
        .transmit(&[0x00, 0x87, 0x03, 0x9B, 0x04, 0x7C, 0x02, 0x80, 0x00])
        .unwrap();
    let key = crate::card::admin_key::AdminKey::default();
    let mut answer = vec![0x00, 0x87, 0x03, 0x9B, 0x0C, 0x7C, 0x0A, 0x80, 0x08];
    answer.extend(key.decrypt(&sealed[4..12]).unwrap());
    assert_eq!(session.transmit(&answer).unwrap(), [0x90, 0x00]);
}

#[test]
fn a_card_generating_slowly_leaves_every_reader_free_and_fails_when_pulled_out() {
    let (sim, rx) = backend();
    let sim = Arc::new(sim);
    sim.add_reader("A");
    sim.add_reader("B");
    // Long enough that a backend waiting under a shared lock fails below.
    let slow = VirtualCard::new(Some(Uuid::new_v4())).with_keygen_time(Duration::from_secs(30));
    sim.insert("A", slow).unwrap();
    let other = Uuid::new_v4();
    sim.insert("B", VirtualCard::new(Some(other))).unwrap();
    let generating = std::thread::spawn({
        let sim = Arc::clone(&sim);
        move || {
            let (mut session, _) = sim.session("A").unwrap();
            prove_admin_key(&mut session);
            session.transmit(&[0x00, 0x47, 0x00, 0x9A, 0x05, 0xAC, 0x03, 0x80, 0x01, 0x07])
        }
    });
    // The key is made before the answer is held back: once another session
    // sees it, the card is holding back, and its lock is free.
    let deadline = Instant::now() + Duration::from_secs(25);
    let (mut watcher, _) = sim.session("A").unwrap();
    loop {
        let answer = watcher.transmit(&[0x00, 0xF7, 0x00, 0x9A, 0x00]).unwrap();
        if answer[answer.len() - 2] != 0x6A && answer[answer.len() - 2] != 0x69 {
            break;
        }
        assert!(Instant::now() < deadline, "the key never appeared");
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(watcher);
    assert_eq!(
        sim.read_card("B", GuidByteOrder::Microsoft)
            .unwrap()
            .card_id,
        Some(other),
        "the other reader answers meanwhile"
    );
    drain(&rx);
    let mut pulled = sim.remove("A").unwrap();
    assert_eq!(generating.join().unwrap(), Err(CardError::CardRemoved));
    assert_eq!(
        drain(&rx),
        vec![ReaderEvent::CardRemoved { reader: "A".into() }]
    );
    pulled.reset();
    let select = crate::card::apdu::select_aid(&crate::card::apdu::PIV_AID);
    assert!(pulled.process(&select).unwrap().ends_with(&[0x90, 0x00]));
    let metadata = pulled.process(&[0x00, 0xF7, 0x00, 0x9A, 0x00]).unwrap();
    assert_eq!(
        metadata[..3],
        [0x01, 0x01, 0x07],
        "the card kept what it made"
    );
}

//! pcsc's errors in the officer's words: one mapping for every PC/SC path
//! (the monitor, one-shot reads and the held card).

use super::CardError;

/// Maps a pcsc error to words for the officer.
pub fn map_error(error: pcsc::Error, reader: &str) -> CardError {
    use pcsc::Error as E;
    match error {
        E::NoService | E::ServiceStopped | E::CommError => CardError::NoService,
        E::UnknownReader | E::ReaderUnavailable | E::NoReadersAvailable => {
            CardError::NoReader(reader.to_owned())
        }
        E::RemovedCard | E::ResetCard => CardError::CardRemoved,
        E::NoSmartcard => CardError::NoCard(reader.to_owned()),
        E::SharingViolation => CardError::ReaderBusy(reader.to_owned()),
        E::UnresponsiveCard | E::UnpoweredCard => CardError::Transport(
            "the card does not respond; it may be inserted the wrong way or be damaged".into(),
        ),
        E::UnsupportedCard | E::UnknownCard | E::InvalidAtr | E::ProtoMismatch => {
            CardError::Transport("this card or its protocol is not supported by the reader".into())
        }
        E::Timeout | E::Cancelled | E::SystemCancelled | E::Shutdown => {
            CardError::Transport("the smart-card service gave up on the request".into())
        }
        // Anything else is unexpected here; pcsc's own words are the best we have.
        other => CardError::Transport(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcsc_errors_map_to_officer_words() {
        use pcsc::Error as E;
        for e in [E::NoService, E::ServiceStopped, E::CommError] {
            assert_eq!(map_error(e, "R"), CardError::NoService);
        }
        assert_eq!(
            map_error(E::UnknownReader, "R"),
            CardError::NoReader("R".into())
        );
        assert_eq!(map_error(E::RemovedCard, "R"), CardError::CardRemoved);
        assert_eq!(map_error(E::ResetCard, "R"), CardError::CardRemoved);
        assert_eq!(
            map_error(E::NoSmartcard, "R"),
            CardError::NoCard("R".into())
        );
        assert_eq!(
            map_error(E::SharingViolation, "R"),
            CardError::ReaderBusy("R".into())
        );
        assert!(matches!(
            map_error(E::UnresponsiveCard, "R"),
            CardError::Transport(_)
        ));
    }
}

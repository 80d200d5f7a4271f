//! Hangul for the Korean desk on a computer without a CJK font: a subset of
//! Nanum Gothic (SIL Open Font License, beside it in `assets/fonts/`) is
//! embedded and added after egui's own fonts, so Latin text looks as before
//! and only the glyphs those lack come from it.

const HANGUL_FONT: &str = "EnrollDesk Hangul";

pub fn install(ctx: &egui::Context) {
    ctx.add_font(egui::epaint::text::FontInsert::new(
        HANGUL_FONT,
        egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/EnrollDeskHangul-Regular.ttf"
        )),
        vec![
            egui::epaint::text::InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: egui::epaint::text::FontPriority::Lowest,
            },
            egui::epaint::text::InsertFontFamily {
                family: egui::FontFamily::Monospace,
                priority: egui::epaint::text::FontPriority::Lowest,
            },
        ],
    ));
}

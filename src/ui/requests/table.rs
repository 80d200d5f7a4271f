//! Drawing the requests: the filter bar and the table with its headers.

use uuid::Uuid;

use super::{COLUMNS, RequestList, RequestRow, StatusFilter};
use crate::cm::RequestStatus;
use crate::tr;
use crate::ui::table_columns::{NAME_CHARS, column_widths};

/// The search box and status filter above the table. Enter in the search
/// box gives the first row it finds, for the desk to select.
pub fn filter_bar_ui(
    ui: &mut egui::Ui,
    list: &mut RequestList,
    focus_search: bool,
) -> Option<Uuid> {
    let mut chosen = None;
    // Wraps rather than running under the detail panel in a long language.
    ui.horizontal_wrapped(|ui| {
        let mut search = list.search.clone();
        let label = ui.label(tr!("search"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut search)
                    .hint_text(tr!("search-hint"))
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        if focus_search {
            edit.request_focus();
        }
        if edit.changed() {
            list.set_search(&search);
        }
        if edit.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            chosen = list.visible_rows().next().map(|row| row.request.uuid);
        }
        let mut filter = list.status_filter;
        let label = ui.label(tr!("status-filter"));
        let combo = egui::ComboBox::from_id_salt("status-filter")
            .selected_text(filter.label())
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut filter,
                    StatusFilter::ReadyToBind,
                    StatusFilter::ReadyToBind.label(),
                );
                ui.selectable_value(&mut filter, StatusFilter::All, StatusFilter::All.label());
                for &status in RequestStatus::KNOWN {
                    let only = StatusFilter::Only(status);
                    ui.selectable_value(&mut filter, only, only.label());
                }
            });
        combo.response.labelled_by(label.id);
        list.set_status_filter(filter);
        ui.weak(tr!(
            "requests-shown",
            shown = list.visible.len(),
            count = list.rows.len()
        ));
    });
    chosen
}

/// The names likely to be the widest, for the person column to fit: the
/// longest few, cut at `NAME_CHARS`. Counting characters is quick for
/// 100,000 rows; only these few are measured in the font.
fn longest_names(rows: &[RequestRow]) -> Vec<String> {
    const FEW: usize = 16;
    let mut longest: Vec<(usize, &RequestRow)> = Vec::with_capacity(FEW + 1);
    for row in rows {
        let chars = row.person().chars().take(NAME_CHARS).count();
        if longest.len() < FEW || longest.last().is_some_and(|(least, _)| chars > *least) {
            let at = longest.partition_point(|(longer, _)| *longer >= chars);
            longest.insert(at, (chars, row));
            longest.truncate(FEW);
        }
    }
    longest
        .into_iter()
        .map(|(_, row)| row.person().chars().take(NAME_CHARS).collect())
        .collect()
}

/// A small triangle drawn, not typed: the bundled font has no arrow glyphs.
fn sort_arrow_ui(ui: &mut egui::Ui, ascending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
    let points = if ascending {
        vec![
            egui::pos2(rect.left(), bottom),
            egui::pos2(rect.right(), bottom),
            egui::pos2(rect.center().x, top),
        ]
    } else {
        vec![
            egui::pos2(rect.left(), top),
            egui::pos2(rect.right(), top),
            egui::pos2(rect.center().x, bottom),
        ]
    };
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// The table; clicking a row (or its name, with the keyboard) selects it.
pub fn table_ui(ui: &mut egui::Ui, list: &mut RequestList, selected: &mut Option<Uuid>) {
    use egui_extras::{Column, TableBuilder};
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut sort_click = None;
    let width_step = (ui.available_width() / 16.0) as i32;
    let widths = match list.word_columns {
        Some((step, widths)) if step == width_step => widths,
        _ => {
            let widths = column_widths(ui, longest_names(&list.rows));
            list.word_columns = Some((width_step, widths));
            widths
        }
    };
    TableBuilder::new(ui)
        // Another language or width gives the columns their widths anew.
        .id_salt(("requests", list.locale, width_step))
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // Names are data and may be cut short: the room the words need
        // comes from here. Cells are not clipped but their text is elided
        // ("…") at the cell's edge: a clip rectangle per cell made each
        // cell a draw call of its own, and a software GL driver keeps
        // memory per draw call (4.8 MB more for a screen of rows).
        .column(Column::initial(widths.person).at_least(widths.person_least))
        .column(Column::initial(widths.kind))
        .column(Column::initial(widths.status))
        .column(Column::initial(52.0))
        .column(Column::initial(118.0))
        .column(Column::remainder())
        .header(row_height + 2.0, |mut header| {
            for column in COLUMNS {
                let title = column.title();
                header.col(|ui| {
                    // Not elided: a title wider than its column widens it.
                    let button =
                        egui::Button::new(egui::RichText::new(&title).strong()).frame(false);
                    let sorted = (list.sort == column).then_some(list.ascending);
                    let hint = match sorted {
                        Some(true) => tr!("sorted-ascending", column = title.as_str()),
                        Some(false) => tr!("sorted-descending", column = title.as_str()),
                        None => tr!("sort-by", column = title.as_str()),
                    };
                    if ui.add(button).on_hover_text(hint).clicked() {
                        sort_click = Some(column);
                    }
                    if let Some(ascending) = sorted {
                        sort_arrow_ui(ui, ascending);
                    }
                });
            }
        })
        .body(|body| {
            let rows = &list.rows;
            let visible = &list.visible;
            body.rows(row_height, visible.len(), |mut row| {
                let Some(data) = visible.get(row.index()).and_then(|&i| rows.get(i)) else {
                    return;
                };
                let id = data.request.uuid;
                let is_selected = *selected == Some(id);
                row.set_selected(is_selected);
                let mut clicked = false;
                row.col(|ui| {
                    let person = egui::Button::selectable(is_selected, &*data.person()).truncate();
                    clicked |= ui.add(person).clicked();
                });
                let submitted = data.submitted();
                for text in [
                    &*data.kind,
                    &*data.status,
                    &*data.priority,
                    &submitted,
                    &data.request.comment,
                ] {
                    row.col(|ui| {
                        ui.add(egui::Label::new(text).truncate());
                    });
                }
                if clicked || row.response().clicked() {
                    *selected = Some(id);
                }
            });
        });
    if let Some(column) = sort_click {
        list.sort_by(column);
    }
}

//! Integration tests: tui. State and drawing run on a synthetic report (see
//! `fixtures/tui/synthetic.rs`); the last test drives the real binary in a pseudo-terminal.

#[path = "fixtures/tui/synthetic.rs"]
mod synthetic;

use claimdiff::export::markdown;
use claimdiff::model::{ComparisonId, Metric, Status, Subject};
use claimdiff::tui::action::{Action, Effect};
use claimdiff::tui::effects;
use claimdiff::tui::keymap::{self, Context};
use claimdiff::tui::state::{DEFAULT_EXPORT_NAME, Focus, Prompt, State, update};
use claimdiff::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

fn state_sized(width: u16, height: u16, colour: bool) -> State {
    let mut state = State::new(synthetic::report(), Theme { colour });
    update(&mut state, Action::Resize { width, height });
    state
}

fn state() -> State {
    state_sized(120, 40, true)
}

/// Presses keys as the event loop would: each goes through the keymap. `<Esc>`-style names
/// stand for special keys; anything else is typed character by character.
fn press(state: &mut State, keys: &[&str]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for key in keys {
        let events: Vec<KeyEvent> = match *key {
            "<Esc>" => vec![KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)],
            "<Enter>" => vec![KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
            "<Tab>" => vec![KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)],
            "<BackTab>" => vec![KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)],
            "<Backspace>" => vec![KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)],
            "<Down>" => vec![KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)],
            text => text
                .chars()
                .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
        };
        for event in events {
            let mut next = keymap::action_for(state.context(), &event);
            // as the event loop does: carry out each effect, feed its outcome back
            while let Some(action) = next.take() {
                let Some(effect) = update(state, action) else {
                    break;
                };
                effects.push(effect.clone());
                next = effects::perform(effect, &mut Vec::new()).expect("effect carried out");
            }
        }
    }
    effects
}

fn visible_ids(state: &State) -> Vec<ComparisonId> {
    state
        .list
        .visible
        .iter()
        .map(|&i| state.report.comparisons[i].id)
        .collect()
}

fn selected_id(state: &State) -> ComparisonId {
    state.selected().expect("a selection").id
}

fn draw(state: &State) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.area.width, state.area.height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .expect("draw");
    terminal
}

fn screen_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cells of the first place on screen where `text` appears.
fn find_cells(buffer: &Buffer, text: &str) -> Vec<(u16, u16)> {
    let area = buffer.area;
    let wanted: Vec<char> = text.chars().collect();
    for y in area.top()..area.bottom() {
        let row: Vec<(u16, String)> = (area.left()..area.right())
            .map(|x| (x, buffer[(x, y)].symbol().to_owned()))
            .collect();
        for start in 0..row.len() {
            let window = row.iter().skip(start).take(wanted.len());
            if window.clone().count() == wanted.len()
                && window
                    .clone()
                    .zip(&wanted)
                    .all(|((_, s), c)| s.starts_with(*c))
            {
                return window.map(|(x, _)| (*x, y)).collect();
            }
        }
    }
    panic!("{text:?} is not on screen:\n{}", screen_text(buffer));
}

// ---- state: key → action → state -------------------------------------------------------

#[test]
fn filtering_is_live_enter_keeps_it_and_esc_clears_it() {
    let mut state = state();
    assert_eq!(visible_ids(&state), ["k1", "k2", "k3", "k4"]);
    press(&mut state, &["/", "inj"]);
    assert_eq!(state.context(), Context::Input);
    assert_eq!(
        visible_ids(&state),
        ["k2"],
        "the list follows each keystroke"
    );
    press(
        &mut state,
        &["<Backspace>", "<Backspace>", "<Backspace>", "surv"],
    );
    assert_eq!(visible_ids(&state), ["k3"]);
    press(&mut state, &["<Enter>"]);
    assert_eq!(state.context(), Context::Browse);
    assert_eq!(state.list.query, "surv");
    assert_eq!(visible_ids(&state), ["k3"]);
    press(&mut state, &["/", "<Esc>"]);
    assert_eq!(state.list.query, "");
    assert_eq!(visible_ids(&state), ["k1", "k2", "k3", "k4"]);
}

#[test]
fn filter_words_reach_outlets_and_quotes_and_keys_are_text_while_typing() {
    let mut state = state();
    press(&mut state, &["/", "ledger q"]);
    assert!(!state.should_quit, "q is typed into the filter, not a quit");
    assert_eq!(state.list.query, "ledger q");
    press(&mut state, &["<Backspace>", "<Backspace>"]);
    assert_eq!(visible_ids(&state), ["k1", "k2"], "outlet Evening Ledger");
    press(&mut state, &["<Esc>", "/", "nothing-like-this", "<Enter>"]);
    assert!(state.list.visible.is_empty());
    assert!(state.selected().is_none());
    press(&mut state, &["<Enter>", " ", "e"]);
    assert!(!state.detail);
    assert!(state.status.as_ref().is_some_and(|s| s.is_error));
}

#[test]
fn selection_survives_a_filter_that_keeps_it() {
    let mut state = state();
    press(&mut state, &["jj"]);
    assert_eq!(selected_id(&state), "k3");
    press(&mut state, &["/", "s", "<Enter>"]);
    assert_eq!(selected_id(&state), "k3");
}

#[test]
fn conflicts_only_and_facets_cycle_through_what_the_report_has() {
    let mut state = state();
    press(&mut state, &["c"]);
    assert_eq!(visible_ids(&state), ["k1"]);
    press(&mut state, &["c"]);
    assert_eq!(visible_ids(&state).len(), 4);

    let mut metrics = Vec::new();
    for _ in 0..4 {
        press(&mut state, &["m"]);
        metrics.push((state.list.metric, visible_ids(&state).len()));
    }
    assert_eq!(
        metrics,
        [
            (Some(Metric::named("killed")), 1),
            (Some(Metric::named("injured")), 1),
            (Some(Metric::OTHER), 1),
            (None, 4)
        ],
        "most severe first, then back to all"
    );

    press(&mut state, &["s"]);
    assert_eq!(state.list.subject, Some(Subject::People));
    assert_eq!(visible_ids(&state), ["k1", "k2", "k3"]);
    press(&mut state, &["c"]);
    assert_eq!(visible_ids(&state), ["k1"], "facets combine");
    press(&mut state, &["s", "c"]);
    assert_eq!(state.list.subject, None);
    assert_eq!(visible_ids(&state).len(), 4);
}

#[test]
fn marks_toggle_and_survive_filtering() {
    let mut state = state();
    press(&mut state, &[" ", "j", " ", "j", " ", " "]);
    assert_eq!(
        state.list.marked.iter().copied().collect::<Vec<_>>(),
        [0, 1]
    );
    press(&mut state, &["c"]);
    assert_eq!(
        state.list.marked.len(),
        2,
        "marks are kept while filtered out"
    );
}

#[test]
fn movement_is_clamped_and_g_jumps() {
    let mut state = state();
    press(&mut state, &["k"]);
    assert_eq!(selected_id(&state), "k1");
    press(&mut state, &["G"]);
    assert_eq!(selected_id(&state), "k4");
    press(&mut state, &["j", "<Down>"]);
    assert_eq!(selected_id(&state), "k4");
    press(&mut state, &["g"]);
    assert_eq!(selected_id(&state), "k1");
}

#[test]
fn focus_decides_whether_j_moves_the_list_or_scrolls_the_panes() {
    let mut state = state_sized(80, 24, true);
    // the long article's pane
    press(&mut state, &["]]", "<Tab>"]);
    assert_eq!(state.focus, Focus::Panes);
    press(&mut state, &["jjj"]);
    assert_eq!(selected_id(&state), "k1", "the selection stays");
    assert!(state.panes.scroll > 0, "the panes scrolled");
    press(&mut state, &["G"]);
    let bottom = state.panes.scroll;
    press(&mut state, &["j"]);
    assert_eq!(
        state.panes.scroll, bottom,
        "scrolling stops at the end of the longest text"
    );
    press(&mut state, &["k"]);
    assert_eq!(state.panes.scroll, bottom - 1, "and comes straight back");
    press(&mut state, &["<BackTab>", "j"]);
    assert_eq!(state.focus, Focus::List);
    assert_eq!(selected_id(&state), "k2");
    assert_eq!(
        state.panes.scroll, 0,
        "a new selection re-anchors the panes"
    );
}

#[test]
fn digits_toggle_sources_and_brackets_scroll_sideways() {
    let mut state = state_sized(80, 24, true);
    let panes = |s: &State| s.layout().panes.iter().map(|p| p.0).collect::<Vec<_>>();
    assert_eq!(
        panes(&state),
        [0, 1],
        "two 30-column panes fit in 80 columns"
    );
    press(&mut state, &["]"]);
    assert_eq!(panes(&state), [1, 2]);
    press(&mut state, &["]]]"]);
    assert_eq!(panes(&state), [2, 3], "stops at the last source");
    press(&mut state, &["[[[["]);
    assert_eq!(panes(&state), [0, 1]);
    press(&mut state, &["1"]);
    assert_eq!(panes(&state), [1, 2]);
    press(&mut state, &["3"]);
    assert_eq!(panes(&state), [1, 3]);
    press(&mut state, &["13", "9"]);
    assert_eq!(
        panes(&state),
        [0, 1],
        "9 names no source and changes nothing"
    );
}

#[test]
fn export_writes_marked_comparisons_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state();
    state.export_dir = dir.path().to_owned();
    press(&mut state, &["j", " ", "j", " ", "e"]);
    assert_eq!(
        state.prompt,
        Some(Prompt::ExportName(DEFAULT_EXPORT_NAME.to_owned()))
    );
    press(&mut state, &["<Enter>"]);
    let path = dir.path().join(DEFAULT_EXPORT_NAME);
    let written = std::fs::read_to_string(&path).unwrap();
    let report = &state.report;
    let marked = [&report.comparisons[1], &report.comparisons[2]];
    assert_eq!(written, markdown::comparisons(report, &marked));
    let status = state.status.clone().unwrap();
    assert!(!status.is_error);
    assert!(status.text.contains("2 comparisons"), "{}", status.text);
    assert!(status.text.contains(DEFAULT_EXPORT_NAME), "{}", status.text);

    // again: the file exists, so it asks; n keeps the file
    std::fs::write(&path, "mine").unwrap();
    press(&mut state, &["e", "<Enter>"]);
    assert!(matches!(state.prompt, Some(Prompt::Overwrite(_))));
    assert_eq!(state.context(), Context::Confirm);
    press(&mut state, &["n"]);
    assert_eq!(state.prompt, None);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    // y replaces it
    press(&mut state, &["e", "<Enter>", "y"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn export_name_is_editable_and_errors_keep_the_ui_running() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state();
    state.export_dir = dir.path().to_owned();
    press(
        &mut state,
        &["e", "<Backspace>", "<Backspace>", "txt", "<Enter>"],
    );
    let path = dir.path().join("claimdiff-export.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        markdown::comparisons(&state.report, &[&state.report.comparisons[0]]),
        "nothing marked: the selected comparison"
    );

    press(&mut state, &["e", "<Esc>"]);
    assert_eq!(state.prompt, None);
    assert!(state.status.as_ref().unwrap().text.contains("cancelled"));

    state.export_dir = dir.path().join("missing/folder");
    press(&mut state, &["e", "<Enter>"]);
    let status = state.status.clone().unwrap();
    assert!(status.is_error, "{}", status.text);
    assert!(status.text.contains("cannot write"), "{}", status.text);
    assert!(!state.should_quit);
    assert_eq!(state.context(), Context::Browse);
}

#[test]
fn y_asks_the_loop_to_copy_the_export_markdown() {
    let mut state = state();
    let effects = press(&mut state, &["j", "y"]);
    let expected = markdown::comparisons(&state.report, &[&state.report.comparisons[1]]);
    assert_eq!(effects, [Effect::CopyToClipboard(expected)]);
    let status = &state.status.as_ref().unwrap().text;
    assert!(
        status.contains("sent") && status.contains("OSC 52"),
        "it says the copy went to the terminal, not that it arrived: {status}"
    );
    assert!(status.contains("set -g set-clipboard on"), "{status}");
}

#[test]
fn detail_help_and_quit() {
    let mut state = state();
    press(&mut state, &["j", "<Enter>"]);
    assert_eq!(state.context(), Context::Detail);
    press(&mut state, &["j"]);
    assert_eq!(
        selected_id(&state),
        "k3",
        "j keeps browsing in the detail view"
    );
    press(&mut state, &["?"]);
    assert_eq!(state.context(), Context::Help);
    press(&mut state, &["<Esc>"]);
    assert_eq!(
        state.context(),
        Context::Detail,
        "Esc closes one layer at a time"
    );
    press(&mut state, &["<Esc>"]);
    assert_eq!(state.context(), Context::Browse);
    assert!(!state.should_quit);
    press(&mut state, &["q"]);
    assert!(state.should_quit);
}

#[test]
fn mouse_clicks_select_rows_and_the_wheel_scrolls_what_it_is_over() {
    let mut state = state();
    let list = state.layout().list;
    update(
        &mut state,
        Action::Click {
            column: list.x + 3,
            row: list.y + 3,
        },
    );
    assert_eq!(selected_id(&state), "k3", "third row inside the border");
    let (_, pane) = state.layout().panes[0];
    update(
        &mut state,
        Action::Click {
            column: pane.x + 2,
            row: pane.y + 2,
        },
    );
    assert_eq!(state.focus, Focus::Panes);
    update(
        &mut state,
        Action::Scroll {
            column: list.x + 3,
            row: list.y + 1,
            down: false,
        },
    );
    assert_eq!(selected_id(&state), "k1");

    // the detail view covers the list: a click there selects nothing hidden
    press(&mut state, &["<Enter>"]);
    update(
        &mut state,
        Action::Click {
            column: list.x + 3,
            row: list.y + 4,
        },
    );
    assert_eq!(selected_id(&state), "k1");
}

// ---- stories -------------------------------------------------------------------------------

fn stories_state() -> State {
    let mut state = State::new(synthetic::report_with_stories(), Theme { colour: true });
    update(
        &mut state,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    state
}

#[test]
fn more_than_one_story_opens_on_the_story_list_and_enter_and_esc_move_between() {
    let mut state = stories_state();
    assert_eq!(state.context(), Context::Stories);
    press(&mut state, &["j", "<Enter>"]);
    assert_eq!(state.context(), Context::Browse);
    assert_eq!(visible_ids(&state), ["k5"]);
    assert_eq!(state.panes.shown(), [4, 5], "the story's articles only");
    let screen = screen_text(draw(&state).backend().buffer());
    assert!(screen.contains("s2 Quarry wall collapse"), "{screen}");
    press(&mut state, &["<Esc>"]);
    assert_eq!(state.context(), Context::Stories);
    press(&mut state, &["k", "<Enter>"]);
    assert_eq!(visible_ids(&state), ["k1", "k2", "k3", "k4"]);
    assert_eq!(state.panes.shown(), [0, 1, 2, 3]);
    // the detail view closes first, then the story
    press(&mut state, &["<Enter>", "<Esc>"]);
    assert_eq!(state.context(), Context::Browse);
    press(&mut state, &["<Esc>"]);
    assert_eq!(state.context(), Context::Stories);
}

#[test]
fn one_story_opens_on_the_comparisons_and_esc_stays_there() {
    let mut state = state();
    assert_eq!(state.context(), Context::Browse);
    press(&mut state, &["<Esc>"]);
    assert_eq!(state.context(), Context::Browse);
}

#[test]
fn the_filter_works_in_the_story_list_and_in_a_story() {
    let mut state = stories_state();
    press(&mut state, &["/", "gazette", "<Enter>"]);
    assert_eq!(state.stories.visible, [1], "outlets are searched");
    press(&mut state, &["<Enter>", "/", "workers"]);
    assert_eq!(visible_ids(&state), ["k5"]);
    press(&mut state, &["<Backspace>"; 7]);
    press(&mut state, &["people", "<Enter>"]);
    assert!(
        visible_ids(&state).is_empty(),
        "another story's comparisons stay out"
    );
    press(&mut state, &["<Esc>", "/", "<Esc>"]);
    assert_eq!(
        state.stories.visible,
        [0, 1, 2],
        "Esc clears the story filter"
    );
}

#[test]
fn story_list_at_120_by_40() {
    let mut state = stories_state();
    let terminal = draw(&state);
    insta::assert_snapshot!("story_list", terminal.backend());
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Stories 3/3"), "{screen}");
    assert!(!screen.contains('\u{1b}'), "article text is escaped");
    let conflicts = find_cells(terminal.backend().buffer(), "1 conflict");
    let (x, y) = conflicts[0];
    assert_eq!(
        terminal.backend().buffer()[(x, y)].fg,
        Theme { colour: true }.status(Status::Conflict).fg.unwrap()
    );
    press(&mut state, &["/", "ferry"]);
    let screen = screen_text(draw(&state).backend().buffer());
    assert!(screen.contains("Stories 1/3"), "{screen}");
}

// ---- drawing -------------------------------------------------------------------------------

fn snapshot(name: &str, width: u16, height: u16, keys: &[&str]) {
    let mut state = state_sized(width, height, true);
    press(&mut state, keys);
    let terminal = draw(&state);
    insta::assert_snapshot!(name, terminal.backend());
}

#[test]
fn snapshots_at_120_by_40() {
    snapshot("wide_initial", 120, 40, &[]);
    snapshot("wide_filtered", 120, 40, &["/", "hurt", "<Enter>"]);
    snapshot("wide_detail", 120, 40, &["<Enter>"]);
    snapshot("wide_help", 120, 40, &["?"]);
    snapshot("wide_export_prompt", 120, 40, &[" ", "e"]);
}

#[test]
fn snapshots_at_80_by_24() {
    snapshot("narrow_initial", 80, 24, &[]);
    snapshot("narrow_filtered", 80, 24, &["/", "ledger"]);
    snapshot("narrow_detail", 80, 24, &["<Enter>"]);
    snapshot("narrow_help", 80, 24, &["?"]);
}

#[test]
fn snapshot_side_by_side_at_160_by_40() {
    snapshot("side_by_side", 160, 40, &["jj"]);
}

#[test]
fn mentions_carry_their_source_colour_and_the_selected_ones_are_emphasised() {
    let state = state();
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let ledger = Theme::source_colour(1);
    // k1 (killed) is selected: the Ledger's "Fifteen people died" is emphasised
    for (x, y) in find_cells(buffer, "Fifteen people died") {
        let cell = &buffer[(x, y)];
        assert_eq!(cell.fg, ledger);
        assert!(cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD));
    }
    // its injured count is a mention too, but not of the selected comparison
    for (x, y) in find_cells(buffer, "28 were hurt") {
        let cell = &buffer[(x, y)];
        assert_eq!(cell.fg, ledger);
        assert!(cell.modifier.contains(Modifier::UNDERLINED));
        assert!(!cell.modifier.contains(Modifier::REVERSED));
    }
    // plain text next to it is not highlighted
    let (x, y) = find_cells(buffer, "remains")[0];
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
}

#[test]
fn page_furniture_is_dimmed() {
    let state = state();
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    for (x, y) in find_cells(buffer, "Rescue workers") {
        assert!(buffer[(x, y)].modifier.contains(Modifier::DIM));
    }
    let (x, y) = find_cells(buffer, "Another 30")[0];
    assert!(!buffer[(x, y)].modifier.contains(Modifier::DIM));
}

#[test]
fn control_characters_in_article_text_render_escaped() {
    let state = state();
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    find_cells(buffer, "␛[31mRed alert␛[0m");
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| !cell.symbol().chars().any(|c| c.is_control())),
        "no control character reaches the terminal"
    );
}

#[test]
fn wide_characters_take_two_cells() {
    let mut state = state();
    press(&mut state, &["]"]);
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let (x, y) = find_cells(buffer, "河")[0];
    assert_eq!(buffer[(x + 2, y)].symbol(), "口");
}

#[test]
fn the_selected_comparison_is_scrolled_into_view_in_every_pane() {
    let mut state = state_sized(80, 24, true);
    // k3: the Courier's caption and the end of the Star's long article
    press(&mut state, &["jj", "]]"]);
    assert_eq!(selected_id(&state), "k3");
    let panes: Vec<usize> = state.layout().panes.iter().map(|p| p.0).collect();
    assert_eq!(panes, [2, 3]);
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let star = Theme::source_colour(3);
    let cells = find_cells(buffer, "3 survivors");
    assert!(
        cells.iter().all(|&(x, y)| buffer[(x, y)].fg == star
            && buffer[(x, y)].modifier.contains(Modifier::REVERSED))
    );
    assert!(
        !screen_text(buffer).contains("Background paragraph 1 "),
        "the top of the long article scrolled away"
    );
}

#[test]
fn without_colour_sources_are_told_apart_by_tags_and_modifiers() {
    let state = state_sized(120, 40, false);
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
        "NO_COLOR: not one coloured cell"
    );
    let screen = screen_text(buffer);
    assert!(screen.contains("1:≥12 2:15 3:12"), "{screen}");
    assert!(screen.contains("[2] Evening Ledger"));
    for (x, y) in find_cells(buffer, "Fifteen people died") {
        assert!(
            buffer[(x, y)]
                .modifier
                .contains(Modifier::REVERSED | Modifier::BOLD)
        );
    }
}

#[test]
fn tiny_terminals_do_not_panic() {
    let views: [&[&str]; 5] = [&[], &["<Enter>"], &["?"], &["/", "kil"], &[" ", "e"]];
    for (width, height) in [
        (0, 0),
        (1, 1),
        (0, 10),
        (10, 0),
        (2, 3),
        (20, 5),
        (40, 10),
        (41, 11),
    ] {
        for keys in views {
            let mut state = state_sized(width, height, true);
            press(&mut state, keys);
            press(&mut state, &["]", "j", "<Tab>", "j", "G"]);
            draw(&state);
        }
    }
}

#[test]
fn help_that_does_not_fit_scrolls_and_lists_every_binding() {
    let mut state = state_sized(40, 10, true);
    press(&mut state, &["?"]);
    let first = screen_text(draw(&state).backend().buffer());
    assert!(first.contains("j/k scroll"), "{first}");
    assert!(!first.contains("keep the file"));
    press(&mut state, &["G"]);
    assert!(state.help_scroll > 0);
    assert_eq!(
        selected_id(&state),
        "k1",
        "keys scroll the help, not the list"
    );
    let last = screen_text(draw(&state).backend().buffer());
    assert!(last.contains("keep the file"), "{last}");
    press(&mut state, &["k"]);
    let one_up = state.help_scroll;
    press(&mut state, &["j", "j"]);
    assert_eq!(state.help_scroll, one_up + 1, "scrolling stops at the end");

    // on a large screen every binding's description is there at once
    let mut large = state_sized(120, 40, true);
    press(&mut large, &["?"]);
    let screen = screen_text(draw(&large).backend().buffer());
    for binding in keymap::BINDINGS {
        assert!(
            screen.contains(binding.description),
            "{}",
            binding.description
        );
    }
}

#[test]
fn resizing_redraws_to_the_new_size() {
    let mut state = state();
    update(
        &mut state,
        Action::Resize {
            width: 50,
            height: 12,
        },
    );
    press(&mut state, &["G"]);
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    assert_eq!(buffer.area.width, 50);
    find_cells(buffer, "utility denies");
}

// ---- the real binary in a pseudo-terminal ------------------------------------------------

mod pty {
    use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
    use std::io::{Read, Write};
    use std::num::NonZeroU16;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    const ROWS: NonZeroU16 = NonZeroU16::new(40).unwrap();
    const COLUMNS: NonZeroU16 = NonZeroU16::new(120).unwrap();

    struct Session {
        parser: Arc<Mutex<vt100::Parser>>,
        writer: Box<dyn Write + Send>,
        child: Box<dyn portable_pty::Child + Send + Sync>,
        master: Box<dyn MasterPty + Send>,
    }

    fn pty_size() -> PtySize {
        PtySize {
            rows: ROWS.get(),
            cols: COLUMNS.get(),
            pixel_width: 0,
            pixel_height: 0,
        }
    }

    fn command(cwd: &std::path::Path) -> CommandBuilder {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_claimdiff"));
        command.cwd(cwd);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command
    }

    impl Session {
        fn start(cwd: &std::path::Path) -> Self {
            let pty = native_pty_system().openpty(pty_size()).expect("a pty");
            let child = pty
                .slave
                .spawn_command(command(cwd))
                .expect("spawn claimdiff");
            drop(pty.slave);
            let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLUMNS, 0)));
            let mut reader = pty.master.try_clone_reader().expect("pty reader");
            let feed = Arc::clone(&parser);
            std::thread::spawn(move || {
                let mut chunk = [0u8; 8192];
                while let Ok(n) = reader.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    feed.lock().unwrap().process(&chunk[..n]);
                }
            });
            let writer = pty.master.take_writer().expect("pty writer");
            Self {
                parser,
                writer,
                child,
                master: pty.master,
            }
        }

        /// The child's exit status, once it has ended (within a few seconds).
        fn wait_exit(&mut self) -> portable_pty::ExitStatus {
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                if let Some(status) = self.child.try_wait().unwrap() {
                    // let the reader feed the last bytes to the screen
                    std::thread::sleep(Duration::from_millis(300));
                    return status;
                }
                assert!(Instant::now() < deadline, "claimdiff did not end");
                std::thread::sleep(Duration::from_millis(50));
            }
        }

        /// The terminal is back as it was: main screen, cursor shown, no mouse reports, and
        /// line editing and echo on (raw mode off).
        fn assert_restored(&self) {
            let parser = self.parser.lock().unwrap();
            let screen = parser.screen();
            assert!(!screen.alternate_screen(), "left the alternate screen");
            assert!(!screen.hide_cursor(), "cursor shown again");
            assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
            let termios = self.master.get_termios().expect("the pty's modes");
            // nix's flag set, read through its Debug form (no nix dependency here for it)
            let local = format!("{:?}", termios.local_flags);
            assert!(
                local.contains("ICANON") && local.contains("ECHO"),
                "{local}"
            );
        }

        fn screen(&self) -> String {
            self.parser.lock().unwrap().screen().contents()
        }

        fn wait_for(&self, text: &str) {
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                if self.screen().contains(text) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            panic!("{text:?} never appeared; screen:\n{}", self.screen());
        }

        fn send(&mut self, keys: &str) {
            self.writer.write_all(keys.as_bytes()).unwrap();
            self.writer.flush().unwrap();
            // let the UI read and redraw before the next keys
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    #[test]
    fn filter_mark_export_and_quit_in_a_real_terminal() {
        let dir = tempfile::tempdir().unwrap();
        let mut session = Session::start(dir.path());
        session.wait_for("? help");
        session.send("n");
        session.wait_for("mention 1/");
        session.send("y");
        session.wait_for("(OSC 52)");
        session.send("/killed");
        session.wait_for("/killed");
        session.send("\r");
        session.send(" ");
        session.wait_for("1 marked");
        session.send("e");
        session.wait_for("export to: claimdiff-export.md");
        session.send("\r");
        session.wait_for("exported");
        session.send("q");
        let status = session.wait_exit();
        assert!(status.success(), "{status:?}");

        let exported = std::fs::read_to_string(dir.path().join("claimdiff-export.md"))
            .expect("the export file");
        assert!(
            exported.lines().any(|l| l.starts_with('#')),
            "a markdown heading in:\n{exported}"
        );
        session.assert_restored();
    }

    #[test]
    fn terminating_signals_restore_the_terminal_and_end_the_process() {
        for signal in ["TERM", "INT", "QUIT", "HUP"] {
            let dir = tempfile::tempdir().unwrap();
            let mut session = Session::start(dir.path());
            session.wait_for("? help");
            {
                let parser = session.parser.lock().unwrap();
                assert!(parser.screen().alternate_screen(), "the UI is up");
                assert_ne!(
                    parser.screen().mouse_protocol_mode(),
                    vt100::MouseProtocolMode::None
                );
            }
            let pid = session.child.process_id().expect("a pid").to_string();
            let sent = std::process::Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap();
            assert!(sent.success());
            let status = session.wait_exit();
            assert!(
                status.signal().is_some(),
                "{signal}: ended by it: {status:?}"
            );
            session.assert_restored();
        }
    }

    #[test]
    fn a_closed_terminal_ends_the_ui_even_with_sighup_ignored() {
        // It used to spin at full CPU, reading EOF from the hung-up terminal forever.
        let dir = tempfile::tempdir().unwrap();
        let pty = native_pty_system().openpty(pty_size()).expect("a pty");
        let mut sh = CommandBuilder::new("sh");
        sh.args([
            "-c",
            &format!("trap '' HUP; exec '{}'", env!("CARGO_BIN_EXE_claimdiff")),
        ]);
        sh.cwd(dir.path());
        sh.env("TERM", "xterm-256color");
        let mut child = pty.slave.spawn_command(sh).expect("spawn claimdiff");
        drop(pty.slave);
        // Read until the first frame, then let go of every handle on the terminal.
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let mut seen = Vec::new();
        let mut chunk = [0u8; 8192];
        while !String::from_utf8_lossy(&seen).contains("help") {
            let n = reader.read(&mut chunk).unwrap();
            assert!(n > 0, "the UI never drew");
            seen.extend_from_slice(&chunk[..n]);
        }
        drop(reader);
        drop(pty.master);
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "claimdiff kept running");
            std::thread::sleep(Duration::from_millis(50));
        };
        // Ended by the hang-up (the handler replaces the ignore), or on finding the terminal
        // gone (129), whichever comes first.
        assert!(
            status.signal().is_some() || status.exit_code() == 129,
            "{status:?}"
        );
    }
}

// ---- cost per frame and per key ------------------------------------------------------------

mod cost {
    use super::{draw, press};
    use claimdiff::extract::Lexicon;
    use claimdiff::load::{LoadOptions, load_paths};
    use claimdiff::model::Report;
    use claimdiff::tui::action::Action;
    use claimdiff::tui::state::{State, update};
    use claimdiff::tui::theme::Theme;
    use std::time::{Duration, Instant};

    /// One article, written to a file and run through the whole pipeline.
    fn report_of(name: &str, text: &str) -> Report {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let options = LoadOptions {
            max_bytes: 64 << 20,
            ..LoadOptions::default()
        };
        let loaded = load_paths(&[path], &options);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        claimdiff::analyse(loaded, &Lexicon::bundled()).report
    }

    /// The first frame's time, and the slowest of `keys` presses of `j` with the panes focused
    /// and of `j` in the list (each with its frame).
    fn frame_times(report: Report, keys: usize) -> (Duration, Duration) {
        let mut state = State::new(report, Theme { colour: true });
        let started = Instant::now();
        update(
            &mut state,
            Action::Resize {
                width: 160,
                height: 50,
            },
        );
        draw(&state);
        let first = started.elapsed();
        let mut slowest = Duration::ZERO;
        for key in ["<Tab>", "j"]
            .into_iter()
            .chain(["j"; 2])
            .cycle()
            .take(keys)
        {
            let started = Instant::now();
            press(&mut state, &[key]);
            draw(&state);
            slowest = slowest.max(started.elapsed());
        }
        (first, slowest)
    }

    fn claims_in_one_paragraph(claims: usize) -> String {
        let sentences: String = (0..claims)
            .map(|i| format!("At least {} people were hurt on Monday. ", i + 2))
            .collect();
        format!("Many claims\n\n{sentences}\n")
    }

    #[test]
    fn a_key_press_costs_the_screen_not_the_claims() {
        // Each cell once looked through every highlight of its paragraph: 2,000 claims in one
        // paragraph took seconds per key in a debug build. Now a key styles the visible lines.
        let report = report_of("many.txt", &claims_in_one_paragraph(2_000));
        assert!(report.claims.len() >= 2_000, "{}", report.claims.len());
        let (_, slowest_key) = frame_times(report, 12);
        assert!(slowest_key < Duration::from_secs(1), "{slowest_key:?}");
    }

    #[test]
    #[ignore = "heavy: cargo test --release -- --ignored hostile"]
    fn hostile_tui_twenty_thousand_claims_in_one_paragraph() {
        let report = report_of("claims.txt", &claims_in_one_paragraph(20_000));
        let (first, key) = frame_times(report, 30);
        eprintln!("20k claims, one paragraph: first frame {first:?}, slowest key {key:?}");
        assert!(key < Duration::from_millis(250), "{key:?}");
    }

    #[test]
    #[ignore = "heavy: cargo test --release -- --ignored hostile"]
    fn hostile_tui_160k_paragraphs_in_one_html_file() {
        let paragraphs: String = (0..160_000)
            .map(|i| format!("<p>At least {} people were hurt.</p>\n", i % 900 + 2))
            .collect();
        let html =
            format!("<html><head><title>Many</title></head><body>{paragraphs}</body></html>");
        let report = report_of("many.html", &html);
        let (first, key) = frame_times(report, 30);
        eprintln!("160k <p>: first frame {first:?}, slowest key {key:?}");
        assert!(key < Duration::from_millis(250), "{key:?}");
    }

    #[test]
    #[ignore = "heavy: cargo test --release -- --ignored hostile"]
    fn hostile_tui_eleven_megabytes_of_repeated_paragraphs() {
        let paragraph = "At least 5 people were killed and 12 injured when the bridge fell, \
                         police said on Monday, adding that the toll could rise.\n\n";
        let text = format!(
            "Repeats\n\n{}",
            paragraph.repeat(11_000_000 / paragraph.len())
        );
        let report = report_of("repeats.txt", &text);
        let (first, key) = frame_times(report, 30);
        eprintln!("11 MB repeated paragraphs: first frame {first:?}, slowest key {key:?}");
        assert!(first < Duration::from_secs(5), "{first:?}");
        assert!(key < Duration::from_millis(250), "{key:?}");
    }
}

// ---- one truth, navigation, problems, many sources (issue 12) ------------------------------

fn sample_state(width: u16, height: u16) -> State {
    let analysis = claimdiff::analyse(
        claimdiff::load::load_sample(&claimdiff::load::Furniture::bundled()),
        &claimdiff::extract::Lexicon::bundled(),
    );
    let mut state = State::new(analysis.report, Theme { colour: true });
    update(&mut state, Action::Resize { width, height });
    state
}

/// Selects the first comparison whose label starts with `label`.
fn select_label(state: &mut State, label: &str) {
    let row = state
        .list
        .visible
        .iter()
        .position(|&i| state.report.comparisons[i].label.starts_with(label))
        .unwrap_or_else(|| panic!("no comparison {label:?}"));
    state.list.selected = row;
}

fn screen(state: &State) -> String {
    screen_text(draw(state).backend().buffer())
}

#[test]
fn party_claims_and_superseded_figures_read_the_same_in_list_detail_and_export() {
    let mut state = sample_state(120, 40);
    select_label(&mut state, "security forces killed");
    let export = markdown::comparisons(&state.report, &[state.selected().unwrap()]);
    assert!(export.contains("84 (party claim)"), "{export}");
    let list = screen(&state);
    let row = list
        .lines()
        .find(|l| l.contains("security forces killed"))
        .unwrap();
    assert!(row.contains("84(party claim)"), "{row}");
    assert!(row.contains("1:15"), "source numbers with colour on: {row}");
    press(&mut state, &["<Enter>"]);
    let detail = screen(&state);
    assert!(detail.contains("84 (party claim)"), "{detail}");
    assert!(detail.contains("at least"), "qualifiers in words: {detail}");
    assert!(!detail.contains("at_least"), "{detail}");

    press(&mut state, &["<Esc>"]);
    select_label(&mut state, "civilians/people killed in Gwadar");
    let export = markdown::comparisons(&state.report, &[state.selected().unwrap()]);
    let superseded = export
        .lines()
        .find_map(|l| l.split(" | ").find(|cell| cell.contains("(superseded by")))
        .expect("a superseded figure in the export")
        .to_owned();
    let list = screen(&state);
    let row = list.lines().find(|l| l.contains("in Gwadar")).unwrap();
    assert!(
        row.contains("(superseded)"),
        "the row says why one value differs: {row}"
    );
    press(&mut state, &["<Enter>"]);
    assert!(screen(&state).contains(&superseded), "{superseded}");
}

#[test]
fn the_detail_view_tells_undated_figures_from_dated_figures_that_agree() {
    let mut state = sample_state(120, 40);
    select_label(&mut state, "security forces killed");
    let selected = state.list.visible[state.list.selected];
    let detail_end = |state: &mut State| {
        press(state, &["<Enter>", "G"]);
        let end = screen(state);
        press(state, &["<Esc>"]);
        end
    };
    // two sources dated, one figure: nothing moved
    for entry in &mut state.report.comparisons[selected].timeline {
        entry.published = Some("2025-05-07".into());
        entry.value = "12".into();
    }
    let end = detail_end(&mut state);
    assert!(end.contains("timeline: the dated figures agree"), "{end}");
    // no dates at all (plain text files): no timeline, and no claim that figures agree
    for entry in &mut state.report.comparisons[selected].timeline {
        entry.published = None;
    }
    let end = detail_end(&mut state);
    assert!(
        end.contains("timeline: fewer than two of these figures have a publication date"),
        "{end}"
    );
    assert!(!end.contains("agree"), "{end}");
}

#[test]
fn the_detail_view_wraps_quotes_and_attributions_at_80_columns() {
    let mut state = sample_state(80, 24);
    select_label(&mut state, "security forces killed");
    press(&mut state, &["<Enter>"]);
    let quote = state
        .claims_of(state.selected().unwrap())
        .filter_map(|c| {
            let claim = &state.report.claims[c];
            let article = state.report.article(claim.article)?;
            Some(claim.primary_mention()?.quote(article).into_owned())
        })
        .max_by_key(String::len)
        .unwrap();
    // page down until the longest quote's last word is on screen
    let last_word = quote.split_whitespace().last().unwrap().to_owned();
    let mut seen = screen(&state).contains(&last_word);
    for _ in 0..10 {
        if seen {
            break;
        }
        press(&mut state, &["d"]);
        seen = screen(&state).contains(&last_word);
    }
    assert!(seen, "{quote:?} reachable by scrolling");
    press(&mut state, &["G"]);
    let end = screen(&state);
    assert!(end.contains("consensus:"), "{end}");
    insta::assert_snapshot!("sample_detail_80x24_end", end);
}

#[test]
fn n_and_shift_n_walk_the_selected_comparisons_mentions_across_sources() {
    let mut state = state_sized(80, 24, true);
    let targets = state.mention_targets();
    assert!(targets.len() > 2, "{targets:?}");
    let articles: Vec<usize> = targets.iter().map(|t| t.article).collect();
    assert!(articles.windows(2).all(|w| w[0] <= w[1]), "in source order");

    press(&mut state, &["n"]);
    assert_eq!(state.panes.mention, Some(0));
    assert_eq!(
        state.focus,
        Focus::Panes,
        "the pane of the mention has the focus"
    );
    assert_eq!(state.panes.focused, targets[0].article);
    assert!(
        state
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("mention 1/")
    );

    // walk to the last source's mention: its pane is scrolled sideways into view
    for _ in 1..targets.len() {
        press(&mut state, &["n"]);
    }
    let last = targets.last().unwrap();
    assert_eq!(state.panes.mention, Some(targets.len() - 1));
    assert!(
        state.layout().panes.iter().any(|p| p.0 == last.article),
        "pane {} drawn",
        last.article
    );
    press(&mut state, &["n"]);
    assert_eq!(state.panes.mention, Some(0), "n wraps to the first");
    assert!(
        state
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("from the first again")
    );
    press(&mut state, &["N"]);
    assert_eq!(state.panes.mention, Some(targets.len() - 1), "N wraps back");

    // a new selection forgets the place
    while state.focus != Focus::List {
        press(&mut state, &["<Tab>"]);
    }
    press(&mut state, &["j"]);
    assert_eq!(state.panes.mention, None);
}

#[test]
fn the_mention_n_reached_is_drawn_apart_and_the_focused_pane_is_thick() {
    let mut state = state_sized(120, 40, true);
    press(&mut state, &["n"]);
    let target = state.current_mention().unwrap();
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    let article = &state.report.articles[target.article];
    let block = &article.blocks[target.block];
    let quote = &article.text(block)[target.range.clone()];
    let first_word = quote.split_whitespace().next().unwrap();
    let (_, area) = *state
        .layout()
        .panes
        .iter()
        .find(|p| p.0 == target.article)
        .unwrap();
    let cell = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .find(|&(x, y)| {
            let style = buffer[(x, y)].style();
            style
                .add_modifier
                .contains(Modifier::ITALIC | Modifier::UNDERLINED)
                && buffer[(x, y)].symbol()
                    == &first_word[..first_word.chars().next().unwrap().len_utf8()]
        })
        .expect("the current mention, underlined and italic");
    let style = buffer[cell].style();
    assert_eq!(style.fg, Some(Theme::source_colour(target.article)));
    assert!(
        style
            .add_modifier
            .contains(Modifier::REVERSED | Modifier::BOLD)
    );

    let corner = &buffer[(area.left(), area.top())];
    assert_eq!(corner.symbol(), "┏", "the focused pane's border is thick");
    assert_eq!(
        corner.style().fg,
        Some(Theme::source_colour(target.article))
    );
    let list = state.layout().list;
    assert_eq!(buffer[(list.left(), list.top())].symbol(), "┌");
}

#[test]
fn an_unlocked_pane_scrolls_alone() {
    let mut state = state_sized(80, 24, true);
    press(&mut state, &["]]"]);
    // the pane with text to scroll: unlock each in turn until one moves
    let mut pane = None;
    for _ in 0..state.layout().panes.len() {
        press(&mut state, &["<Tab>", "u"]);
        assert!(state.panes.unlocked.contains_key(&state.panes.focused));
        press(&mut state, &["jj"]);
        if state.panes.scroll_of(state.panes.focused) > 0 {
            pane = Some(state.panes.focused);
            break;
        }
        press(&mut state, &["u"]);
    }
    let pane = pane.expect("an unlocked pane scrolled");
    assert_eq!(state.panes.scroll, 0, "the others stay");
    assert!(state.panes.scroll_of(pane) > 0);
    let screen = screen(&state);
    assert!(screen.contains("unlocked"), "{screen}");
    press(&mut state, &["u", "j"]);
    assert!(state.panes.unlocked.is_empty());
    assert!(state.panes.scroll > 0, "bound again, it moves them all");
    // u without a focused pane says what to do
    let mut state = state_sized(80, 24, true);
    press(&mut state, &["u"]);
    assert!(state.status.as_ref().unwrap().is_error);
}

#[test]
fn export_is_an_effect_the_loop_carries_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state();
    state.export_dir = dir.path().to_owned();
    press(&mut state, &["e"]);
    let effect = update(&mut state, Action::Submit).expect("an export effect");
    let path = dir.path().join(DEFAULT_EXPORT_NAME);
    assert!(!path.exists(), "update itself writes nothing");
    let Effect::Export {
        path: to,
        overwrite,
        ..
    } = &effect
    else {
        panic!("{effect:?}");
    };
    assert_eq!((to, *overwrite), (&path, false));
    let outcome = effects::perform(effect, &mut Vec::new()).unwrap().unwrap();
    assert!(path.exists());
    assert_eq!(update(&mut state, outcome), None);
    assert!(
        state
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("exported 1 comparison")
    );
}

fn problems() -> Vec<claimdiff::load::Problem> {
    vec![
        claimdiff::load::Problem {
            path: "reports/missing.html".to_owned(),
            message: "cannot read: No such file or directory (os error 2)".to_owned(),
            fatal: true,
        },
        claimdiff::load::Problem {
            path: "reports/latin1.txt".to_owned(),
            message: "invalid UTF-8 at byte 112; decoded lossily".to_owned(),
            fatal: false,
        },
    ]
}

#[test]
fn load_problems_are_counted_on_the_status_line_and_listed_in_a_view() {
    let mut state = state_sized(80, 24, true).with_problems(problems());
    let browse = screen(&state);
    assert!(
        browse.contains("2 load problems (1 not loaded) · p lists them"),
        "{browse}"
    );
    press(&mut state, &["p"]);
    assert_eq!(state.context(), Context::Problems);
    insta::assert_snapshot!("problems_80x24", screen(&state));
    press(&mut state, &["<Esc>"]);
    assert_eq!(state.context(), Context::Browse);
}

#[test]
fn snapshots_of_the_sample_with_legend_and_footers() {
    let mut state = sample_state(80, 24);
    insta::assert_snapshot!("sample_list_80x24", screen(&state));
    select_label(&mut state, "security forces killed");
    press(&mut state, &["<Enter>"]);
    insta::assert_snapshot!("sample_detail_80x24", screen(&state));
    let mut state = sample_state(160, 45);
    insta::assert_snapshot!("sample_list_160x45", screen(&state));
    press(&mut state, &["<Enter>"]);
    insta::assert_snapshot!("sample_detail_160x45", screen(&state));
}

#[test]
fn the_footer_lists_the_keys_of_the_view_in_front() {
    let mut state = state_sized(120, 40, true);
    let footer = |s: &State| screen(s).lines().last().unwrap().to_owned();
    assert!(footer(&state).contains("n/N mention"), "{}", footer(&state));
    press(&mut state, &["<Enter>"]);
    let detail = footer(&state);
    assert!(
        detail.contains("d/u scroll") && detail.contains("Esc back"),
        "{detail}"
    );
    assert!(!detail.contains("Tab"), "{detail}");
    press(&mut state, &["<Esc>", "/"]);
    let typing = footer(&state);
    assert!(
        typing.contains("Enter accept") && typing.contains("Esc cancel"),
        "{typing}"
    );
}

/// Twelve one-paragraph reports of one event, each with its own outlet and figure.
fn twelve_sources() -> State {
    let dir = tempfile::tempdir().unwrap();
    for i in 1..=12 {
        let text = format!(
            "---\noutlet: Outlet Number {i}\n---\n# Flood kills people in the valley\n\nAt least {} people were killed when the river flooded the valley on Monday, officials said.\n",
            10 + i
        );
        std::fs::write(dir.path().join(format!("{i:02}.md")), text).unwrap();
    }
    let loaded = claimdiff::load::load_paths(&[dir.path().to_owned()], &Default::default());
    let analysis = claimdiff::analyse(loaded, &claimdiff::extract::Lexicon::bundled());
    let mut state = State::new(analysis.report, Theme { colour: true });
    update(
        &mut state,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    state
}

#[test]
fn twelve_sources_have_a_legend_keys_and_a_spread_that_shows() {
    let mut state = twelve_sources();
    assert_eq!(state.report.articles.len(), 12);
    let text = screen(&state);
    let legend: Vec<&str> = text.lines().skip(1).take(2).collect();
    assert!(
        legend.iter().any(|l| l.contains("12 ")),
        "the twelfth source is in the legend: {legend:?}"
    );
    let row = text
        .lines()
        .find(|l| l.contains("killed"))
        .expect("the comparison's row");
    assert!(row.contains("Δ11"), "the spread is not cut off: {row}");
    assert!(
        row.contains('+'),
        "it says how many values it left out: {row}"
    );
    press(&mut state, &["0"]);
    assert!(state.panes.hidden[9], "0 is the tenth source");
    press(&mut state, &["#", "12", "<Enter>"]);
    assert!(state.panes.hidden[11], "# reaches the twelfth");
    press(&mut state, &["#", "13", "<Enter>"]);
    assert!(state.status.as_ref().unwrap().is_error);
}

#!/usr/bin/env python3
"""Renders a terminal capture (`tmux capture-pane -e -p`: text with SGR colour codes) as an
SVG image, one cell per character: how the README's screenshot is made from the real TUI.

    tmux capture-pane -e -p -t SESSION | python3 docs/ansi_to_svg.py > docs/screenshot.svg
"""
import html
import re
import sys
import unicodedata

CELL_W, CELL_H, FONT = 8.4, 17, 14
FG, BG = "#d0d0d0", "#1c1c1c"
BASIC = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
         "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]


def xterm(n):
    if n < 16:
        return BASIC[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def apply(state, params):
    codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.clear()
        elif c in (1, 2, 3, 4, 7, 9):
            state[c] = True
        elif c == 22:
            state.pop(1, None); state.pop(2, None)
        elif c in (23, 24, 27, 29):
            state.pop(c - 20, None)
        elif 30 <= c <= 37:
            state["fg"] = BASIC[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = BASIC[c - 90 + 8]
        elif 40 <= c <= 47:
            state["bg"] = BASIC[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = BASIC[c - 100 + 8]
        elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            state["fg" if c == 38 else "bg"] = xterm(codes[i + 2])
            i += 2
        elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
            state["fg" if c == 38 else "bg"] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
            i += 4
        elif c == 39:
            state.pop("fg", None)
        elif c == 49:
            state.pop("bg", None)
        i += 1


def main():
    rows = sys.stdin.read().rstrip("\n").split("\n")
    cells = []  # (row, column, char, style)
    columns = 0
    for y, line in enumerate(rows):
        state, x = {}, 0
        for token in re.finditer(r"\x1b\[([0-9;]*)m|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|(.)", line):
            if token.group(2) is None:
                if token.group(0).startswith("\x1b["):
                    apply(state, token.group(1))
                continue
            ch = token.group(2)
            cells.append((y, x, ch, dict(state)))
            x += width(ch)
        columns = max(columns, x)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="%d">'
           % (columns * CELL_W, len(rows) * CELL_H, FONT),
           '<rect width="100%%" height="100%%" fill="%s"/>' % BG]
    for y, x, ch, st in cells:
        fg, bg = st.get("fg", FG), st.get("bg")
        if st.get(7):
            fg, bg = bg or BG, fg
        if st.get(2):
            fg = fg + "99" if len(fg) == 7 else fg
        if bg:
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>'
                       % (x * CELL_W, y * CELL_H, width(ch) * CELL_W + 0.5, CELL_H, bg))
        if ch == " ":
            continue
        attrs = ['x="%.1f"' % (x * CELL_W), 'y="%d"' % (y * CELL_H + 13), 'fill="%s"' % fg]
        if st.get(1):
            attrs.append('font-weight="bold"')
        if st.get(3):
            attrs.append('font-style="italic"')
        decorations = [d for k, d in ((4, "underline"), (9, "line-through")) if st.get(k)]
        if decorations:
            attrs.append('text-decoration="%s"' % " ".join(decorations))
        out.append("<text %s>%s</text>" % (" ".join(attrs), html.escape(ch)))
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()

"""Horizontal bar charts drawn on the server as inline SVG: no script, nothing to download.

`bar_chart(figure)` works out the geometry; `dashboard/includes/bar_chart.html` draws it. The
colours keep at least 4.5:1 against white (WCAG AA), and every number is also written beside its
bar and given in the table next to the chart.
"""

from dataclasses import dataclass

COLOURS = ("#004884", "#a80521", "#0b6e4f", "#6a3d9a")  # GOV.CO blue, red, green, purple
WIDTH = 640
LABEL_WIDTH = 230  # the item's name, left of its bars
VALUE_WIDTH = 50  # the number, right of the longest bar
BAR_HEIGHT = 14
BAR_GAP = 2
GROUP_GAP = 12
LEGEND_HEIGHT = 26
LABEL_CHARS = 34


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: float
    colour: str
    value: object
    text_x: float


def short(label, chars=LABEL_CHARS):
    text = str(label)
    return text if len(text) <= chars else text[: chars - 3].rstrip() + "…"


def shown(value):
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def bar_chart(figure):
    """The chart of `figure`: one group of bars per row, one bar per series column."""
    series = figure.series
    numbers = [row[i] or 0 for row in figure.rows for i in series]
    top = max(numbers, default=0) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    legend = LEGEND_HEIGHT if len(series) > 1 else 0
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    step = WIDTH // len(series)
    groups = []
    for index, row in enumerate(figure.rows):
        y0 = legend + index * group_height
        bars = []
        for n, column in enumerate(series):
            width = span * (row[column] or 0) / top
            y = y0 + n * (BAR_HEIGHT + BAR_GAP)
            bars.append(
                Bar(LABEL_WIDTH, y, round(width, 1), COLOURS[n], shown(row[column]),
                    LABEL_WIDTH + width + 4)
            )  # fmt: skip
        label_y = y0 + (len(series) * (BAR_HEIGHT + BAR_GAP)) / 2 + 4
        groups.append({"label": short(row[0]), "full_label": row[0], "y": label_y, "bars": bars})
    return {
        "width": WIDTH,
        "height": legend + len(figure.rows) * group_height,
        "groups": groups,
        "legend": [
            {"x": n * step, "colour": COLOURS[n], "label": short(figure.columns[column], step // 7)}
            for n, column in enumerate(series)
        ]
        if legend
        else [],
    }

"""Outcome measures in an exported PDF: per instrument, the trend chart drawn with fpdf2
primitives from the same geometry the screen uses (domain/measures/chart.py), then the
results as a table. Called by services/pdf_export.py when measures are selected."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from fpdf import FPDF

from vault_app.domain.measures import get_instrument, instrument_keys
from vault_app.domain.measures.chart import LINE_COLOUR, RISK_COLOUR, THRESHOLD_COLOUR, layout
from vault_app.domain.measures.record import Measure, Trend, trend_of
from vault_app.services.measures import changes_said

CHART_HEIGHT = 78.0  # mm
FONT = "DejaVu"  # registered by pdf_document.StampedPDF


def trends_of(measures: Sequence[Measure]) -> list[Trend]:
    used = {m.instrument for m in measures}
    return [trend_of(get_instrument(k), list(measures)) for k in instrument_keys() if k in used]


def draw_trend(pdf: FPDF, trend: Trend, x0: float, y0: float, width: float, height: float = CHART_HEIGHT, *,
               day: Callable[[date], str]) -> None:
    """The chart in a width x height box (mm) whose top left is (x0, y0), its days written by `day`."""
    chart = layout(trend, width, height, day=day, left=12, right=34, top=7, bottom=10, max_date_labels=6)
    x, y, w, h = chart.plot
    x, y = x + x0, y + y0
    for band in chart.bands:
        pdf.set_fill_color(*band.colour)
        pdf.rect(band.x + x0, band.y + y0, band.w, band.h, style="F")
        pdf.set_font(FONT, "", 6.5)
        pdf.set_text_color(40, 40, 40)
        pdf.text(x + w + 1.5, band.y + y0 + band.h / 2 + 1.0, band.label)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, h)
    pdf.set_font(FONT, "", 6.5)
    for ty, label in chart.y_ticks:
        pdf.line(x - 1, ty + y0, x, ty + y0)
        pdf.text(x - 1.5 - pdf.get_string_width(label), ty + y0 + 1.0, label)
    for tick in chart.x_ticks:
        pdf.line(tick.x + x0, y + h, tick.x + x0, y + h + 1)
        pdf.text(tick.x + x0 - pdf.get_string_width(tick.label) / 2, y + h + 4, tick.label)
    pdf.set_draw_color(*THRESHOLD_COLOUR)
    pdf.set_dash_pattern(dash=1.2, gap=0.8)
    for line in chart.thresholds:
        pdf.line(x, line.y + y0, x + w, line.y + y0)
        pdf.set_text_color(*THRESHOLD_COLOUR)
        pdf.text(x + 1, line.y + y0 - 0.8, line.label)
    pdf.set_dash_pattern()
    pdf.set_draw_color(*LINE_COLOUR)
    pdf.set_line_width(0.5)
    for a, b in zip(chart.dots, chart.dots[1:], strict=False):
        pdf.line(a.x + x0, a.y + y0, b.x + x0, b.y + y0)
    pdf.set_line_width(0.25)
    for dot in chart.dots:
        colour = RISK_COLOUR if dot.risk else LINE_COLOUR
        pdf.set_fill_color(*colour)
        pdf.set_draw_color(*colour)
        r = 1.1 if dot.risk else 0.9
        pdf.ellipse(dot.x + x0 - r, dot.y + y0 - r, 2 * r, 2 * r, style="F")
        pdf.set_text_color(*colour)
        label = f"{dot.total}{' !' if dot.risk else ''}"
        pdf.text(dot.x + x0 - pdf.get_string_width(label) / 2, dot.y + y0 - 2.0, label)
    # Back to the document's defaults: fpdf2 keeps colours set, and tables fill with them.
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_font(FONT, "B", 8)
    pdf.text(x, y0 + 4, chart.title)


def add_measures_pages(pdf: FPDF, measures: Sequence[Measure], *, day: Callable[[date], str],
                       heading: str = "Outcome measures") -> None:
    """One page per instrument: the chart, the source and thresholds, then every result (its
    dates written by `day`: the practice's format, as on the rest of the document)."""
    for trend in trends_of(measures):
        inst = trend.instrument
        pdf.add_page()
        pdf.set_font(FONT, "B", 12)
        pdf.multi_cell(0, 6.5, f"{heading}: {inst.title} ({inst.name})", align="L", new_x="LMARGIN", new_y="NEXT")
        top = pdf.get_y() + 2
        draw_trend(pdf, trend, pdf.l_margin, top, pdf.w - pdf.l_margin - pdf.r_margin, day=day)
        pdf.set_y(top + CHART_HEIGHT + 3)
        pdf.set_font(FONT, "", 8)
        bands = "; ".join(f"{lo}-{hi} {label}" for lo, hi, label in inst.band_ranges())
        pdf.multi_cell(0, 4, f"Severity bands: {bands}. Dashed lines: the reliable-change threshold "
                             f"({inst.reliable_change} points) around the first result. Source: {inst.citation} "
                             f"Reliable change: {inst.reliable_change_citation}", align="L", new_x="LMARGIN",
                       new_y="NEXT")
        pdf.ln(2)
        said = changes_said(trend)  # the screen's words: "first result" for the first
        rows = [[day(p.taken_on), str(p.total), p.band, said[p.measure_id], "yes" if p.risk else ""]
                for p in trend.points]
        pdf.set_font(FONT, "", 8.5)
        with pdf.table(line_height=4.5, text_align="LEFT", first_row_as_headings=True) as table:
            for values in (["Date", f"Total (of {inst.maximum})", "Severity", "Since the first", "Risk item"],
                           *rows):
                row = table.row()
                for value in values:
                    row.cell(value or "-")


__all__ = ["add_measures_pages", "draw_trend", "trends_of"]

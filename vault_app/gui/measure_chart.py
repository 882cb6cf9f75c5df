"""A measure's trend drawn with QPainter from the shared chart geometry
(domain/measures/chart.py), so the PDF export draws the same picture."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vault_app.domain.measures.chart import LINE_COLOUR, RISK_COLOUR, THRESHOLD_COLOUR, ChartLayout, layout
from vault_app.domain.measures.record import Trend
from vault_app.gui.chart_words import CHANGE, SEVERITY, shown
from vault_app.gui.dates import show_date


def _qc(rgb: tuple[int, int, int], alpha: int = 255) -> QColor:
    return QColor(rgb[0], rgb[1], rgb[2], alpha)


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        # 320 wide at least, not 420: the Measures tab held the chart wider than its pane beside the
        # client list (150 %, a 1000x720 window: 438 pixels in a pane of 390). The plot still has
        # 130 pixels beside its bands' words (left 36, right 150: current_layout).
        # 300, not 320: the Measures tab scrolled sideways by 8 pixels in the narrowest window
        # (624 pixels at 150 %, found on Xvfb); the plot keeps 114 pixels beside the words.
        self.setMinimumSize(300, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Trend chart"))

    def set_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        if trend is not None and trend.points:
            last = trend.points[-1]
            self.setAccessibleDescription(
                self.tr("{measure}: {count} results, latest {total} ({band}) on {day}, {change} since the first.")
                .format(measure=trend.instrument.title, count=len(trend.points), total=last.total,
                        band=shown(SEVERITY, last.band), day=show_date(last.taken_on),
                        change=shown(CHANGE, last.change_from_baseline)))
        self.update()

    def current_layout(self) -> ChartLayout | None:
        if self.trend is None or not self.trend.points:
            return None
        return layout(self.trend, self.width(), self.height(), day=show_date, left=36, right=150, top=26, bottom=30)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        chart = self.current_layout()
        if chart is None:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No results to chart yet."))
            painter.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        x, y, w, h = chart.plot
        for band in chart.bands:
            painter.fillRect(QRectF(band.x, band.y, band.w, band.h), _qc(band.colour, 200))
            painter.setPen(text)
            painter.drawText(QRectF(x + w + 6, band.y, 150, band.h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown(SEVERITY, band.label))
        painter.setPen(QPen(text, 1))
        painter.drawRect(QRectF(x, y, w, h))
        for ty, label in chart.y_ticks:
            painter.drawLine(QPointF(x - 4, ty), QPointF(x, ty))
            painter.drawText(QRectF(0, ty - 8, x - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)
        for tick in chart.x_ticks:
            painter.drawLine(QPointF(tick.x, y + h), QPointF(tick.x, y + h + 4))
            painter.drawText(QRectF(tick.x - 45, y + h + 5, 90, 18), Qt.AlignmentFlag.AlignHCenter,
                             tick.label)
        dash = QPen(_qc(THRESHOLD_COLOUR), 1.2, Qt.PenStyle.DashLine)
        for line in chart.thresholds:
            painter.setPen(dash)
            painter.drawLine(QPointF(x, line.y), QPointF(x + w, line.y))
            painter.drawText(QRectF(x + 4, line.y - 15, w - 8, 14), Qt.AlignmentFlag.AlignLeft,
                             self._threshold(line.label))
        painter.setPen(QPen(_qc(LINE_COLOUR), 2))
        for a, b in zip(chart.dots, chart.dots[1:], strict=False):
            painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
        for dot in chart.dots:
            colour = _qc(RISK_COLOUR if dot.risk else LINE_COLOUR)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            radius = 5.0 if dot.risk else 4.0
            painter.drawEllipse(QPointF(dot.x, dot.y), radius, radius)
            painter.drawText(QRectF(dot.x - 20, dot.y - 22, 40, 16), Qt.AlignmentFlag.AlignHCenter,
                             f"{dot.total}{' !' if dot.risk else ''}")
        painter.setPen(text)
        painter.drawText(QRectF(x, 2, w, 20), Qt.AlignmentFlag.AlignLeft, self._title(chart.title))
        painter.end()

    # The layout's words are the domain's English (the PDF export writes them too); the screen
    # says them in its own language, from the same trend.
    def _title(self, default: str) -> str:
        if self.trend is None:
            return default
        return self.tr("{measure} over time").format(measure=self.trend.instrument.title)

    def _threshold(self, label: str) -> str:
        if self.trend is None:
            return label
        rc = self.trend.instrument.reliable_change
        if label.startswith("reliable improvement"):
            return self.tr("reliable improvement (-{change})").format(change=rc)
        if label.startswith("reliable deterioration"):
            return self.tr("reliable deterioration (+{change})").format(change=rc)
        return label

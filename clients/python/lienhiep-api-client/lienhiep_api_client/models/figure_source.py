from enum import StrEnum


class FigureSource(StrEnum):
    ANNUAL_REPORT = "annual_report"
    ROSTER = "roster"

    def __str__(self) -> str:
        return str(self.value)

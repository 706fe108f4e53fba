from enum import StrEnum


class IndicatorUnit(StrEnum):
    COUNT = "count"
    PEOPLE = "people"
    PRESENCE = "presence"
    YEARS = "years"

    def __str__(self) -> str:
        return str(self.value)

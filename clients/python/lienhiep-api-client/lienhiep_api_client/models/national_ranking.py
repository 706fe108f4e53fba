from enum import StrEnum


class NationalRanking(StrEnum):
    AVERAGE = "average"
    BELOW_AVERAGE = "below_average"
    GOOD = "good"
    LEADING = "leading"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ResearchLevel(StrEnum):
    GRASSROOTS = "grassroots"
    MINISTERIAL = "ministerial"
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class NominationProgramme(StrEnum):
    AGRICULTURE_INTELLECTUAL = "agriculture_intellectual"
    AMATEUR_INVENTOR = "amateur_inventor"
    FARMERS_SCIENTIST = "farmers_scientist"
    GOLDEN_BOOK_CREATIVITY = "golden_book_creativity"
    OTHER = "other"
    OUTSTANDING_INTELLECTUAL = "outstanding_intellectual"

    def __str__(self) -> str:
        return str(self.value)

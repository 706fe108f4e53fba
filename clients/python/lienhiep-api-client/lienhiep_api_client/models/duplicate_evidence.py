from enum import StrEnum


class DuplicateEvidence(StrEnum):
    NAME_AND_BIRTH_DATE = "name_and_birth_date"
    NATIONAL_ID = "national_id"

    def __str__(self) -> str:
        return str(self.value)

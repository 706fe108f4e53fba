from enum import StrEnum


class ListCommendationsIssuer(StrEnum):
    NATIONAL_ASSOCIATION = "national_association"
    OTHER = "other"
    PRIME_MINISTER = "prime_minister"
    PROVINCIAL_PEOPLES_COMMITTEE = "provincial_peoples_committee"
    PROVINCIAL_UNION = "provincial_union"
    STATE_PRESIDENT = "state_president"
    VUSTA = "vusta"

    def __str__(self) -> str:
        return str(self.value)

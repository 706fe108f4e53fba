from enum import StrEnum


class ListAdvisoryCasesRequester(StrEnum):
    DEPARTMENT = "department"
    ENTERPRISE = "enterprise"
    FATHERLAND_FRONT = "fatherland_front"
    NATIONAL_ASSEMBLY_DELEGATION = "national_assembly_delegation"
    OTHER = "other"
    PARTY_COMMITTEE_STANDING_BOARD = "party_committee_standing_board"
    PEOPLES_COMMITTEE = "peoples_committee"
    PEOPLES_COUNCIL = "peoples_council"

    def __str__(self) -> str:
        return str(self.value)

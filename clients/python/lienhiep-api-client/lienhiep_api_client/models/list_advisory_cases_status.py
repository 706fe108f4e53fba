from enum import StrEnum


class ListAdvisoryCasesStatus(StrEnum):
    ACCEPTED = "accepted"
    CLOSED = "closed"
    DECLINED = "declined"
    IN_PROGRESS = "in_progress"
    OPINION_SUBMITTED = "opinion_submitted"
    OUTCOME_RECORDED = "outcome_recorded"
    RECEIVED = "received"

    def __str__(self) -> str:
        return str(self.value)

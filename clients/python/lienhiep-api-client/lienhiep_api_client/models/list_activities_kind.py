from enum import StrEnum


class ListActivitiesKind(StrEnum):
    COUNCIL_PARTICIPATION = "council_participation"
    OTHER = "other"
    PUBLICATION = "publication"
    RESEARCH_PROJECT = "research_project"
    SOCIAL_ACTIVITY = "social_activity"
    TRAINING = "training"
    TRANSFER_MODEL = "transfer_model"
    WORKSHOP = "workshop"

    def __str__(self) -> str:
        return str(self.value)

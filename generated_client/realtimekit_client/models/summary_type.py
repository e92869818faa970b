from enum import StrEnum


class SummaryType(StrEnum):
    CLIENT_CHECK_IN = "client_check_in"
    CODE_REVIEW = "code_review"
    DAILY_STANDUP = "daily_standup"
    GENERAL = "general"
    INTERVIEW = "interview"
    LECTURE = "lecture"
    ONE_ON_ONE_MEETING = "one_on_one_meeting"
    SALES_CALL = "sales_call"
    TEAM_MEETING = "team_meeting"

    def __str__(self) -> str:
        return str(self.value)

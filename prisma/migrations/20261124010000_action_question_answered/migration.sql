-- The family member who asked about an action is told when staff answer (ADR 0027).
ALTER TYPE "NotificationKind" ADD VALUE 'ACTION_QUESTION_ANSWERED';

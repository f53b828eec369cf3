import {
  AwardIcon,
  CalendarCheckIcon,
  CrownIcon,
  FlameIcon,
  RocketIcon,
  StarIcon,
  TrophyIcon,
  type LucideIcon,
} from "lucide-react";

export const ACHIEVEMENT_ICONS: Record<string, LucideIcon> = {
  First_Interview: RocketIcon,
  Ten_Interviews: AwardIcon,
  Fifty_Interviews: TrophyIcon,
  Perfect_Score: StarIcon,
  Seven_Day_Streak: FlameIcon,
  Thirty_Day_Streak: CalendarCheckIcon,
  Category_Master: CrownIcon,
};

/** The experience timeline: jobs on a time axis with a table equivalent. */
export { ExperienceTimeline, type ExperienceTimelineProps } from "./experience-timeline";
export { timelineModel, type TimelineModel, type TimelineJob } from "./timeline-model";

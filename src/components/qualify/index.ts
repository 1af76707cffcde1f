/**
 * "When you will qualify": an unmet level's what-if routes in words and a
 * timeline picture, in English or Spanish. Load it lazily from views that do
 * not otherwise need the catalogs (the officer's page).
 */
export { qualifyingRoutes, qualifyingDate, jobMonths, type QualifyingRoute, type Piece, type Voice } from "./qualifying-routes";
export { qualifyingTimeline, type TimelineModel, type TimelinePoint } from "./timeline-model";
export { QualifyingRoutes } from "./qualifying-routes-view";
export { Pieces, piecesText } from "../../i18n/pieces";
export { QualifyingTimeline } from "./qualifying-timeline";
export { whatIfOf, type WhatIfPatch } from "./what-if";

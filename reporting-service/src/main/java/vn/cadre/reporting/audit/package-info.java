/**
 * The audit explorer: every event ever recorded, one document each, with who recorded it,
 * under which command, why and on which legal basis, the units and persons it concerns
 * and the valid time it speaks of, so an auditor can ask "what was recorded about this
 * unit, its predecessors and successors, this person, by this actor, about this period"
 * and page through the answer in the order it was recorded.
 */
package vn.cadre.reporting.audit;

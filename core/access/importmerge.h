#pragma once

// How an imported ärende is applied to one already stored under the same arende_id. Decided rules
// (INTERCHANGE §2 leaves them open):
//
// * The source system is authoritative for everything the CSV carries: the ärende columns are
//   replaced by the file's values, including an empty cell (bortfall in the source = bortfall
//   here; the import never keeps a stale value the source has removed).
// * The file lists ALL insatser of the ärende. A stored insats is the same insats when it has the
//   same KSI code and beslut_datum; it is then updated in place and keeps what the CSV cannot
//   carry (its id, comments, catalogue version and every earlier uppföljning). Stored insatser
//   the file no longer lists are removed; new ones are added. (A file that lists the same
//   ksi+beslut_datum twice is refused by the parser.)
// * The CSV carries only the latest uppföljning of an insats. It updates the stored uppföljning
//   with the same date (sip, måluppfyllelse; other answers registered in the GUI are kept) or is
//   added; earlier uppföljningar registered in the GUI are never deleted by an import.
// * What the CSV does not carry at all (enhet, hushållstyp, comments) is kept.
// * The person's answers (ursprung) are the ärende's own (kept per ärende, never shared with
//   another's ärende of the same person), replaced only by a non-empty value: another source file
//   may simply not carry the column. skyddad is kept.
//
// Importing the same file twice therefore yields an identical ärende, which sameArende() detects
// so that the second import writes nothing.

#include "domain/records.h"

namespace folja::access {

domain::Arende mergeImported(const domain::Arende& stored, const domain::Arende& fromFile);

// Field-by-field equality of everything stored, ids included.
bool sameArende(const domain::Arende& a, const domain::Arende& b);
// The fields derived from the personnummer (the person's answers are the ärende's).
bool samePerson(const domain::Person& a, const domain::Person& b);

} // namespace folja::access

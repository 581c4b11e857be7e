// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/review.h"

#include <QByteArray>

namespace spinereview {

// The part of a review a reviewer edits — status, assignment, decisions with their reasons, notes — as the
// JSON a draft keeps, so that work not yet saved survives a crash.
namespace ReviewStateJson {

QByteArray toBytes(const Review& review);
// Applies a draft's state over `review` (read from the database): decisions and reasons of components the
// review still has, every note, the status and the assignment. False, with `review` untouched, when `bytes`
// is not such a state.
bool apply(const QByteArray& bytes, Review& review);

} // namespace ReviewStateJson

} // namespace spinereview

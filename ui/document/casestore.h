// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spinereview {

// A place other than a file where the open case is kept — the database, for a case opened from the
// worklist. FileActions asks it first, so Save and the prompt before closing save the case where it came from.
class CaseStore
{
public:
    virtual ~CaseStore() = default;

    // Whether the case in the desk belongs to this store.
    virtual bool holdsOpenCase() const = 0;
    // Saves it there, showing any problem itself; false when it was not saved.
    virtual bool saveOpenCase() = 0;
    // The reviewer chose to drop the unsaved changes.
    virtual void discardOpenChanges() = 0;
    // Whether the store has unsaved work of its own beside the case (a review's decisions).
    virtual bool hasUnsavedWork() const = 0;
};

} // namespace spinereview

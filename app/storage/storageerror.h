// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace spinereview {

// Why the database could not do what was asked, in a sentence a reviewer can act on: it names the file or
// server, what is wrong, and that nothing was changed where that is so. The sentence is in the installed
// language (tr()): the desk shows it as it is, in the Review pane, the worklist and the start-up message, while
// the command line, which installs no translator, prints the English. It is never stored: the database and the
// audit trail keep their English ids and data whatever language wrote them.
struct StorageError
{
    enum class Kind {
        Unavailable,  // cannot be opened or reached: a folder that cannot be written, a server that does not answer
        NotOurs,      // a file or database that is not SpineReview's
        Corrupt,      // damaged: refused, and never written to
        NewerVersion, // written by a newer SpineReview: refused, and never written to
        Conflict,     // someone saved the same record since it was read (optimistic locking)
        NotFound,     // no such case, review or reviewer
        Invalid,      // the request breaks a rule: a decision without its reason, a status that cannot follow
        Failed,       // a statement failed for another reason
    };

    Kind kind = Kind::Failed;
    QString message;
};

// Nothing, or the error that stopped a write.
using StorageStatus = std::optional<StorageError>;

// A value, or the error that prevented it.
template <typename T> class StorageResult
{
public:
    StorageResult(T value) // NOLINT(google-explicit-constructor): returned as a plain value
        : m_value(std::move(value))
    {}
    StorageResult(StorageError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const StorageError& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<StorageError> m_error;
};

} // namespace spinereview

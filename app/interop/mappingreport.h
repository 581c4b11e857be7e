// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace spinereview {

// Why an element of an imported file did not reach the case.
enum class NotMappedReason {
    UnsupportedResource, // a resource type the importer does not read
    UnknownCodeSystem,   // coded only in a system the importer does not read
    UnknownCode,         // a system it reads, but a code outside its tables
    MissingValue,        // the element the mapping needs is absent
    InvalidValue,        // present but unusable: wrong type, out of range, a partial date, a unit it does not know
    Ambiguous,           // could mean more than one thing in the case
    Conflicting,         // disagrees with another element; neither is taken
    Superseded,          // another value of the same thing was taken instead (a later one, the lowest T-score)
    Status,              // the resource's status keeps it out (not done, entered in error, refuted, preliminary …)
    FreeText,            // narrative text, never parsed: a reviewer enters it by hand
    NoField,             // spinereview-case/1 has no field for it
    OtherPatient,        // about a patient other than the bundle's
    ModifierExtension,   // a modifierExtension the importer does not understand: FHIR forbids using the resource
};

// The command line's English names of the reasons, which are also the sources of their translations: the
// desk shows notMappedReasonLabel(), the command line enumToString(), and both read the same without a
// translator.
template <> struct EnumNames<NotMappedReason>
{
    static constexpr std::array names{
        //: a reason an element of an imported FHIR file was not mapped, shown after "Not mapped:"
        QT_TRANSLATE_NOOP("NotMappedReason", "unsupported resource type"),
        //: coded only in a code system the importer does not read
        QT_TRANSLATE_NOOP("NotMappedReason", "unknown code system"),
        //: a code system the importer reads, but a code outside its tables
        QT_TRANSLATE_NOOP("NotMappedReason", "code not in the importer's tables"),
        QT_TRANSLATE_NOOP("NotMappedReason", "missing value"),
        //: present but unusable: wrong type, out of range, a partial date, an unknown unit
        QT_TRANSLATE_NOOP("NotMappedReason", "invalid value"),
        //: could mean more than one thing in the case
        QT_TRANSLATE_NOOP("NotMappedReason", "ambiguous"),
        //: disagrees with another element of the file; neither is taken
        QT_TRANSLATE_NOOP("NotMappedReason", "conflicting values"),
        //: another value of the same thing was taken instead: a later measurement, the lowest T-score of a study
        QT_TRANSLATE_NOOP("NotMappedReason", "superseded"),
        //: the resource's status (not done, entered in error, refuted, preliminary …) keeps it out
        QT_TRANSLATE_NOOP("NotMappedReason", "status"),
        //: narrative text, never parsed: the reviewer enters it by hand
        QT_TRANSLATE_NOOP("NotMappedReason", "free text"),
        //: the case file format has no field for it
        QT_TRANSLATE_NOOP("NotMappedReason", "no field in the case format"),
        //: the element is about a patient other than the bundle's
        QT_TRANSLATE_NOOP("NotMappedReason", "another patient"),
        //: a FHIR modifierExtension the importer does not understand
        QT_TRANSLATE_NOOP("NotMappedReason", "modifier extension")};
};

// The reason in the installed language, for the desk; without a translation, enumToString(reason).
QString notMappedReasonLabel(NotMappedReason reason);

// One line of a mapping report: where an element sits in the imported file and what became of it.
struct MappingEntry
{
    Q_DECLARE_TR_FUNCTIONS(MappingEntry)

public:
    enum class Outcome { Mapped, MappedByText, NotMapped };

    Outcome outcome = Outcome::NotMapped;
    NotMappedReason reason = NotMappedReason::NoField; // for NotMapped only
    QString source;                                    // JSON path in the imported file, e.g. $.entry[3].resource.code
    QString resource;                                  // e.g. Observation/bmi-1
    QString casePath;                                  // for Mapped and MappedByText, e.g. patient.bmi
    QString detail;                                    // the value taken, or why nothing was

    // "FILE: PATH: mapped to CASEPATH: DETAIL" or "FILE: PATH: not mapped (REASON): DETAIL", the form of
    // every message of the command line; in the installed language, so English there.
    QString toString(const QString& file) const;
};

// What an import did with every element of a file: each element mapped (to which case path) and each one
// not mapped, with why. The reviewer reads it to know which parts of the case came from the file and which
// must still be entered or checked by hand. Its texts are in the language installed when the import ran:
// English on the command line, which installs no translator, the desk's language in the desk.
class MappingReport
{
    Q_DECLARE_TR_FUNCTIONS(MappingReport)

public:
    explicit MappingReport(const QString& fileName = {});

    QString fileName() const { return m_fileName; }
    // In the order they were found, which follows the mappers rather than the file.
    const QList<MappingEntry>& entries() const { return m_entries; }
    // In the order of the file: the bundle's own elements, then entry by entry.
    QList<MappingEntry> entriesInFileOrder() const;
    qsizetype count(MappingEntry::Outcome outcome) const;
    // The entries whose case path is `casePath` or lies below it (patient → patient.bmi, patient.sex …).
    QList<MappingEntry> entriesFor(const QString& casePath) const;

    void mapped(const QString& resource, const QString& source, const QString& casePath, const QString& detail);
    void mappedByText(const QString& resource, const QString& source, const QString& casePath, const QString& detail);
    void notMapped(const QString& resource, const QString& source, NotMappedReason reason, const QString& detail);

    // "12 mapped (1 by text), 4 not mapped."
    QString summary() const;
    // One line per entry, mapped first, then not mapped, then the summary.
    QString toText() const;

private:
    QString m_fileName;
    QList<MappingEntry> m_entries;
};

} // namespace spinereview

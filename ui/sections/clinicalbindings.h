// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "document/casedocument.h"
#include "editors/datefield.h"
#include "editors/enumbox.h"
#include "editors/numberfield.h"
#include "editors/tristatebox.h"
#include "sections/clinicalform.h"

#include <QLineEdit>
#include <QSignalBlocker>

#include <cmath>
#include <optional>

// Ties one editor to one optional field of the case: an edit writes through CaseDocument::edit() with the
// field's JSON path as origin, and the form's reload() fills the editor from the case. An access object says
// where the field lives (get(case) and set(case, value), the latter creating a missing parent object).

namespace spinereview::clinical {

// A member of an optional object of the case (patient, symptoms, exam, coverage).
template <typename Parent, typename T> struct InObject
{
    std::optional<Parent> SpineCase::*parent;
    std::optional<T> Parent::*member;

    std::optional<T> get(const SpineCase& c) const
    {
        const auto& object = c.*parent;
        return object ? (*object).*member : std::nullopt;
    }
    void set(SpineCase& c, std::optional<T> value) const
    {
        auto& object = c.*parent;
        if (!object)
            object.emplace();
        (*object).*member = std::move(value);
    }
};

// A member of the request, which always exists.
template <typename T> struct InRequest
{
    std::optional<T> Request::*member;

    std::optional<T> get(const SpineCase& c) const { return c.request.*member; }
    void set(SpineCase& c, std::optional<T> value) const { c.request.*member = std::move(value); }
};

// A member of the case itself.
template <typename T> struct InCase
{
    std::optional<T> SpineCase::*member;

    std::optional<T> get(const SpineCase& c) const { return c.*member; }
    void set(SpineCase& c, std::optional<T> value) const { c.*member = std::move(value); }
};

template <typename Access>
void bindTriState(CaseDocument& document, ClinicalForm& form, TriStateBox* box, const QString& path, Access access)
{
    QObject::connect(box, &TriStateBox::edited, box, [&document, path, access](std::optional<bool> value) {
        document.edit([&](SpineCase& c) { access.set(c, value); }, path);
    });
    form.addLoader([&document, box, access] { box->setValue(access.get(document.spineCase())); });
}

template <typename E, typename Access>
void bindEnum(CaseDocument& document, ClinicalForm& form, EnumBox* box, const QString& path, Access access)
{
    QObject::connect(box, &EnumBox::edited, box, [&document, box, path, access] {
        document.edit([&](SpineCase& c) { access.set(c, box->valueAs<E>()); }, path);
    });
    form.addLoader([&document, box, access] { box->setValueFrom<E>(access.get(document.spineCase())); });
}

template <typename Access>
void bindNumber(CaseDocument& document, ClinicalForm& form, NumberField* field, const QString& path, Access access)
{
    QObject::connect(field, &NumberField::edited, field, [&document, path, access](std::optional<double> value) {
        document.edit([&](SpineCase& c) { access.set(c, value); }, path);
    });
    form.addLoader([&document, field, access] { field->setValue(access.get(document.spineCase())); });
}

// Whole numbers (weeks, years, midnights) in a NumberField with no decimals.
template <typename Access>
void bindInteger(CaseDocument& document, ClinicalForm& form, NumberField* field, const QString& path, Access access)
{
    QObject::connect(field, &NumberField::edited, field, [&document, path, access](std::optional<double> value) {
        const std::optional<int> whole =
            value ? std::optional<int>(static_cast<int>(std::lround(*value))) : std::nullopt;
        document.edit([&](SpineCase& c) { access.set(c, whole); }, path);
    });
    form.addLoader([&document, field, access] {
        const auto value = access.get(document.spineCase());
        field->setValue(value ? std::optional<double>(*value) : std::nullopt);
    });
}

template <typename Access>
void bindDate(CaseDocument& document, ClinicalForm& form, DateField* field, const QString& path, Access access)
{
    QObject::connect(field, &DateField::edited, field, [&document, path, access](std::optional<QDate> value) {
        document.edit([&](SpineCase& c) { access.set(c, value); }, path);
    });
    form.addLoader([&document, field, access] { field->setValue(access.get(document.spineCase())); });
}

// Free text: empty means not documented, as the format has no use for an empty name or number.
template <typename Access>
void bindText(CaseDocument& document, ClinicalForm& form, QLineEdit* edit, const QString& path, Access access)
{
    QObject::connect(edit, &QLineEdit::textEdited, edit, [&document, path, access](const QString& text) {
        const std::optional<QString> value = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        document.edit([&](SpineCase& c) { access.set(c, value); }, path);
    });
    form.addLoader([&document, edit, access] {
        const QSignalBlocker blocker(edit);
        edit->setText(access.get(document.spineCase()).value_or(QString()));
    });
}

} // namespace spinereview::clinical

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"

#include <QWidget>

namespace spinereview {

class CaseDocument;

// One section of the case form (request, symptoms and exam, imaging, …). Each section shows its part of
// the case, writes every change through CaseDocument::edit(), and reloads when the case is replaced or
// edited elsewhere. The main window lists sections by title and completeness.
class CaseSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseSection)

public:
    enum class Completeness { Empty, Partial, Complete };

    explicit CaseSection(CaseDocument& document, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    // How much of what the section asks for is documented, for the side list.
    virtual Completeness completeness() const = 0;
    // Moves the keyboard focus to the field of a case JSON path (a fact's source), if this section shows it.
    virtual bool focusPath(const QString& jsonPath) = 0;
    // Shows the validation problems of the section's fields beside them; `issues` holds the whole case's.
    virtual void showIssues(const ValidationIssues& issues) = 0;

signals:
    void completenessChanged();

protected:
    // Reads the whole section from the document.
    virtual void reload() = 0;
    CaseDocument& document() const { return m_document; }
    // Whether an edit with this origin came from this section (then it needs no reload).
    virtual bool ownsPath(const QString& jsonPath) const = 0;

private:
    CaseDocument& m_document;
};

} // namespace spinereview

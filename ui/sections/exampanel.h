// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

namespace spinereview {

class CaseDocument;
class ClinicalForm;

// The neurological examination and red flags (`exam`) inside the symptoms section: motor, reflex and sensory
// findings as tables, the red flags as yes/no/not documented.
class ExamPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamPanel)

public:
    ExamPanel(CaseDocument& document, ClinicalForm& form, QWidget* parent = nullptr);
};

} // namespace spinereview

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seed case in a CaseDocument, evaluated under the reference set, and a check that a widget painted something.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"

#include <QCoreApplication>
#include <QImage>
#include <QTest>
#include <QWidget>

#include <memory>

namespace spinereview::testing {

struct ChartsFixture
{
    SpineCase seed;
    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<EvaluationController> evaluation;

    // Loads the seed into a document and evaluates it under the reference set; false when either fails.
    bool load()
    {
        const CaseReadResult read =
            CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
        if (!read.ok())
            return false;
        seed = *read.value;
        CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
        if (!catalog.find(QStringLiteral("reference")))
            return false;
        document = std::make_unique<CaseDocument>();
        evaluation = std::make_unique<EvaluationController>(*document, std::move(catalog), QDate(2025, 11, 17));
        evaluation->setCurrentSet(QStringLiteral("reference"));
        document->replace(seed, {});
        return evaluation->result().criteriaSet != nullptr;
    }

    // Pixels that differ from the top-left corner's colour, in the widget as it paints at `size`.
    static int paintedPixels(QWidget* widget, QSize size = {800, 500})
    {
        widget->resize(size);
        widget->show();
        if (!QTest::qWaitForWindowExposed(widget))
            return 0;
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        const QRgb background = image.pixel(0, 0);
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != background)
                    ++painted;
            }
        }
        return painted;
    }
};

} // namespace spinereview::testing

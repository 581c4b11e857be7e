// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewstatejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ReviewStateJson {

QByteArray toBytes(const Review& review)
{
    QJsonArray components;
    for (const ComponentDecision& decision : review.components) {
        QJsonObject entry{{u"component"_s, enumToString(decision.component)}};
        if (decision.decision)
            entry.insert(u"decision"_s, statusName(*decision.decision));
        if (!decision.reason.isEmpty())
            entry.insert(u"reason"_s, decision.reason);
        components.append(entry);
    }
    QJsonArray notes;
    for (const CriterionNote& note : review.notes) {
        QJsonObject entry{{u"criterion"_s, note.criterionId}, {u"text"_s, note.text}};
        if (note.level)
            entry.insert(u"level"_s, enumToString(*note.level));
        notes.append(entry);
    }
    QJsonObject state{{u"status"_s, enumToString(review.status)}, {u"components"_s, components}, {u"notes"_s, notes}};
    if (review.reviewerRef)
        state.insert(u"reviewerRef"_s, QString::number(*review.reviewerRef));
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool apply(const QByteArray& bytes, Review& review)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject state = document.object();
    const std::optional<ReviewStatus> status = enumFromString<ReviewStatus>(state.value(u"status"_s).toString());
    if (!document.isObject() || !status)
        return false;

    Review applied = review;
    applied.status = *status;
    const QString reviewer = state.value(u"reviewerRef"_s).toString();
    applied.reviewerRef = reviewer.isEmpty() ? std::nullopt : std::optional<qint64>(reviewer.toLongLong());
    for (const QJsonValue& value : state.value(u"components"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<Component> component = enumFromString<Component>(entry.value(u"component"_s).toString());
        ComponentDecision* decision = component ? applied.component(*component) : nullptr;
        if (!decision)
            continue; // no longer requested: the draft's decision on it has nothing to apply to
        decision->decision = statusFromName(entry.value(u"decision"_s).toString());
        decision->reason = entry.value(u"reason"_s).toString();
    }
    applied.notes.clear();
    for (const QJsonValue& value : state.value(u"notes"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString level = entry.value(u"level"_s).toString();
        applied.notes.append({entry.value(u"criterion"_s).toString(),
                              level.isEmpty() ? std::nullopt : enumFromString<Level>(level),
                              entry.value(u"text"_s).toString()});
    }
    review = std::move(applied);
    return true;
}

} // namespace ReviewStateJson

} // namespace spinereview

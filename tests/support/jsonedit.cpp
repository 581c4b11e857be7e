// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace JsonEdit {

namespace {

QJsonValue editedAt(const QJsonValue& node, QStringList segments, const QJsonValue& value)
{
    const QString head = segments.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (segments.isEmpty())
            value.isUndefined() ? array.removeAt(index) : array.replace(index, value);
        else
            array.replace(index, editedAt(array.at(index), segments, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (segments.isEmpty())
        value.isUndefined() ? object.remove(head) : void(object.insert(head, value));
    else
        object.insert(head, editedAt(object.value(head), segments, value));
    return object;
}

} // namespace

QJsonValue parseFragment(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON fragment in a test row: %s", qPrintable(text));
    return document.array().at(0);
}

QJsonValue edited(const QJsonValue& node, const QString& pointer, const QJsonValue& value)
{
    return editedAt(node, pointer.split(u'/'), value);
}

QJsonObject withEdit(const QJsonObject& root, const QString& pointer, const QString& valueText)
{
    const QJsonValue value =
        valueText == QLatin1StringView(removeMember) ? QJsonValue(QJsonValue::Undefined) : parseFragment(valueText);
    return edited(root, pointer, value).toObject();
}

} // namespace JsonEdit

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rationalemodel.h"

#include "core/i18n/criteriatexts.h"
#include "core/i18n/facttexts.h"
#include "core/i18n/resulttexts.h"
#include "results/statuspresentation.h"

#include <QFont>

#include <functional>

namespace spinereview {

using namespace Qt::StringLiterals;

struct RationaleModel::Item
{
    const CriterionOutcome* outcome = nullptr; // the criterion of this row, or of a fact row's leaf
    const FactUse* fact = nullptr;             // set on fact rows
    Item* parent = nullptr;
    int row = 0;
    QString key;
    std::vector<std::unique_ptr<Item>> children;

    Item* add(const CriterionOutcome* criterion, const FactUse* use, const QString& id)
    {
        auto child = std::make_unique<Item>();
        child->outcome = criterion;
        child->fact = use;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        // Sibling ids may repeat (a shared definition used twice), so the row joins the id.
        child->key = key + u'/' + id + u'@' + QString::number(child->row);
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

// The fact's id as the criteria files write it: kept in the row keys, which must not change with the language,
// and in the tooltip, for criteria authors.
QString factName(const FactUse& use)
{
    return QString::fromLatin1(FactCatalog::definition(use.fact).name);
}

QString factValueText(const FactUse& use)
{
    const FactValue& value = use.value;
    if (use.assumedAbsent)
        return RationaleModel::tr("not documented — assumed absent");
    if (!value.isKnown()) {
        return value.record.isEmpty()
                   ? RationaleModel::tr("not documented")
                   : RationaleModel::tr("not documented — request: %1").arg(ResultTexts::phrase(value.record));
    }
    // Numbers carry their label: "severe (5)".
    const QString text = ResultTexts::factValue(use);
    return value.note.isEmpty() ? text : RationaleModel::tr("%1; %2").arg(text, ResultTexts::phrase(value.note));
}

// The Facts column of a criterion row: its leaf's values at a glance, the detail is in the fact rows.
QString factsSummary(const CriterionOutcome& outcome)
{
    QStringList parts;
    for (const FactUse& use : outcome.facts) {
        QString value = use.assumedAbsent     ? RationaleModel::tr("not documented (assumed absent)")
                        : use.value.isKnown() ? factValueText(use)
                                              : RationaleModel::tr("not documented");
        parts.append(FactTexts::label(use.fact) + u" = "_s + value);
    }
    return parts.join(u"; "_s);
}

} // namespace

RationaleModel::RationaleModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{}

RationaleModel::~RationaleModel() = default;

QString RationaleModel::factLine(const FactUse& use)
{
    return FactTexts::label(use.fact) + u" = "_s + factValueText(use);
}

QString RationaleModel::criterionText(const CriterionOutcome& outcome)
{
    return ResultTexts::criterion(outcome);
}

void RationaleModel::setResult(const EvaluationResult& result, Component component)
{
    beginResetModel();
    const ComponentOutcome* found = result.component(component);
    m_outcome = found ? std::optional<ComponentOutcome>(*found) : std::nullopt;
    m_set = found ? result.criteriaSet : nullptr;
    build();
    endResetModel();
}

void RationaleModel::clear()
{
    beginResetModel();
    m_outcome.reset();
    m_set.reset();
    build();
    endResetModel();
}

const ComponentOutcome* RationaleModel::outcome() const
{
    return m_outcome ? &*m_outcome : nullptr;
}

void RationaleModel::build()
{
    m_root = std::make_unique<Item>();
    if (!m_outcome)
        return;
    m_root->key = enumToString(m_outcome->component);
    const std::function<void(Item*, const CriterionOutcome&)> addTree = [&addTree](Item* parent,
                                                                                   const CriterionOutcome& tree) {
        Item* item = parent->add(&tree, nullptr, tree.node ? tree.node->id : QString());
        for (const FactUse& use : tree.facts)
            item->add(&tree, &use, u"fact:"_s + factName(use));
        for (const CriterionOutcome& child : tree.children)
            addTree(item, child);
    };
    for (const CriterionOutcome& tree : m_outcome->criteria) {
        if (tree.node)
            addTree(m_root.get(), tree);
    }
}

const RationaleModel::Item* RationaleModel::item(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Item*>(index.internalPointer()) : m_root.get();
}

const CriterionOutcome* RationaleModel::criterionOutcome(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? item(index)->outcome : nullptr;
}

QModelIndex RationaleModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Item* parentItem = item(parent);
    return createIndex(row, column, parentItem->children[static_cast<std::size_t>(row)].get());
}

QModelIndex RationaleModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Item* parentItem = item(child)->parent;
    if (!parentItem || parentItem == m_root.get())
        return {};
    return createIndex(parentItem->row, 0, const_cast<Item*>(parentItem));
}

int RationaleModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(item(parent)->children.size());
}

int RationaleModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags RationaleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item(index)->children.empty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant RationaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case StatusColumn:
        return tr("Status");
    case FactsColumn:
        return tr("Facts");
    default:
        return {};
    }
}

QVariant RationaleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Item& row = *item(index);
    switch (role) {
    case NodeRole:
        return QVariant::fromValue(reinterpret_cast<quintptr>(row.outcome->node));
    case LevelRole:
        return row.outcome->level ? QVariant(static_cast<int>(*row.outcome->level)) : QVariant();
    case IsFactRole:
        return row.fact != nullptr;
    case KeyRole:
        return row.key;
    default:
        break;
    }
    return row.fact ? factData(row, index.column(), role) : criterionData(row, index.column(), role);
}

QVariant RationaleModel::criterionData(const Item& item, int column, int role) const
{
    const CriterionOutcome& outcome = *item.outcome;
    switch (role) {
    case Qt::DisplayRole:
        if (column == CriterionColumn)
            return criterionText(outcome);
        if (column == StatusColumn)
            return StatusPresentation::word(outcome.status);
        if (column == FactsColumn)
            return factsSummary(outcome);
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(StatusPresentation::icon(outcome.status)) : QVariant();
    case Qt::ToolTipRole:
        // Where sources disagree, or why this side was taken; else the whole text, which may be elided.
        if (!outcome.node->note.isEmpty())
            return CriteriaTexts::note(*outcome.node);
        return column == FactsColumn ? factsSummary(outcome) : criterionText(outcome);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusPresentation::word(outcome.status);
        if (column == FactsColumn)
            return factsSummary(outcome);
        return tr("%1: %2").arg(criterionText(outcome), StatusPresentation::word(outcome.status));
    case Qt::AccessibleDescriptionRole:
        return outcome.node->note.isEmpty() ? StatusPresentation::accessibleDescription(outcome.status)
                                            : CriteriaTexts::note(*outcome.node);
    case StatusRole:
        return static_cast<int>(outcome.status);
    case FactPathRole:
        return QString();
    default:
        return {};
    }
}

QVariant RationaleModel::factData(const Item& item, int column, int role) const
{
    const FactUse& use = *item.fact;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == CriterionColumn)
            return factLine(use);
        if (column == FactsColumn)
            return use.value.paths.join(u", "_s);
        return {};
    case Qt::ToolTipRole: {
        //: %1 is the fact's id as the criteria files name it (patient.bmi); it stays as it is
        const QString id = tr("Fact %1").arg(factName(use));
        // The line itself first: the column is narrow and elides it. The id is for criteria authors.
        QString tip = factLine(use) + u'\n' + FactTexts::meaning(use.fact) + u'\n' + id;
        if (!use.value.paths.isEmpty())
            tip += u'\n' + tr("From the case: %1 (click to go to the field)").arg(use.value.paths.join(u", "_s));
        return tip;
    }
    case Qt::FontRole: {
        QFont font;
        font.setItalic(!use.value.isKnown());
        return font;
    }
    case FactPathRole:
        return use.value.paths.value(0);
    default:
        return {};
    }
}

} // namespace spinereview

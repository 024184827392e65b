#include "logfilterbar.h"

#include "trackcall.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Narrow windows (1024 px and less) shrink the choices to a few letters; the list shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return combo;
}
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("logSearchEdit"));
    m_text->setAccessibleName(tr("Search the request log"));
    m_text->setPlaceholderText(tr("Search…"));
    m_text->setToolTip(tr("Workspace, call, method, path, hosts, hop URLs, status, outcome, error and warnings "
                          "containing this text (any case)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(90);
    layout->addWidget(m_text, 1);

    m_workspace = makeCombo(this, QStringLiteral("logWorkspaceFilter"), tr("Filter by workspace"));
    setChoices(m_workspace, tr("All workspaces"), {});
    layout->addWidget(m_workspace);

    m_region = makeCombo(this, QStringLiteral("logRegionFilter"), tr("Filter by the region that handled the call"));
    m_region->addItem(tr("Any region"), -1);
    m_region->addItem(tr("US"), int(Region::Us));
    m_region->addItem(tr("EU"), int(Region::Eu));
    m_region->addItem(tr("No host"), int(Region::Unknown));
    layout->addWidget(m_region);

    m_host = makeCombo(this, QStringLiteral("logHostFilter"), tr("Filter by the host that handled the call"));
    setChoices(m_host, tr("Any host"), {});
    layout->addWidget(m_host);

    m_status = makeCombo(this, QStringLiteral("logStatusFilter"), tr("Filter by status class"));
    m_status->setToolTip(tr("Filter by status class; \"network\": no HTTP answer (network error or timeout)"));
    m_status->addItem(tr("Any status"), QString());
    using StatusClass = RequestLogFilter::StatusClass;
    for (StatusClass statusClass : {StatusClass::Success2xx, StatusClass::Redirect3xx, StatusClass::Client4xx,
                                    StatusClass::Server5xx, StatusClass::Network}) {
        const QString name = RequestLogFilter::statusClassName(statusClass);
        m_status->addItem(name, name);
    }
    layout->addWidget(m_status);

    m_call = makeCombo(this, QStringLiteral("logCallFilter"), tr("Filter by call"));
    m_call->addItem(tr("Any call"), -1);
    for (CallKind kind : allCallKinds())
        m_call->addItem(callName(kind), int(kind));
    layout->addWidget(m_call);

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(textDelayMs);
    connect(m_textDelay, &QTimer::timeout, this, &LogFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_workspace, m_region, m_host, m_status, m_call})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);
}

RequestLogFilter LogFilterBar::filter() const
{
    RequestLogFilter f;
    f.text = m_text->text().trimmed();
    f.workspace = m_workspace->currentData().toString();
    if (const int region = m_region->currentData().toInt(); region >= 0)
        f.region = Region(region);
    f.handledBy = m_host->currentData().toString();
    f.statusClass = RequestLogFilter::statusClassFromName(m_status->currentData().toString())
                        .value_or(RequestLogFilter::StatusClass::Any);
    if (const int call = m_call->currentData().toInt(); call >= 0)
        f.call = CallKind(call);
    return f;
}

void LogFilterBar::setChoices(QComboBox *combo, const QString &anyText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    QStringList choices = values;
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : std::as_const(choices))
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void LogFilterBar::setWorkspaces(const QStringList &names)
{
    setChoices(m_workspace, tr("All workspaces"), names);
}

void LogFilterBar::setHosts(const QStringList &hosts, const QHash<QString, QString> &shown)
{
    setChoices(m_host, tr("Any host"), hosts);
    for (int i = 1; i < m_host->count(); ++i)
        m_host->setItemText(i, shown.value(m_host->itemData(i).toString(), m_host->itemText(i)));
}

void LogFilterBar::clearFilters()
{
    m_quiet = true;
    m_text->clear();
    m_textDelay->stop();
    for (QComboBox *combo : {m_workspace, m_region, m_host, m_status, m_call})
        combo->setCurrentIndex(0);
    m_quiet = false;
    changed();
}

void LogFilterBar::changed()
{
    if (m_quiet)
        return;
    m_textDelay->stop();
    Q_EMIT filterChanged(filter());
}

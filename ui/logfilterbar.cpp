#include "logfilterbar.h"

#include "callshape.h"
#include "trackcall.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

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
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(4);
    rows->addLayout(layout);
    m_chipRow = new QWidget(this);
    m_chipRow->setObjectName(QStringLiteral("logFilterChips"));
    m_chipLayout = new QHBoxLayout(m_chipRow);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_problem = new QLabel(m_chipRow);
    m_problem->setObjectName(QStringLiteral("logFilterProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_chipLayout->addWidget(m_problem);
    m_chipLayout->addStretch(1);
    m_chipRow->hide();
    rows->addWidget(m_chipRow);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("logSearchEdit"));
    m_text->setAccessibleName(tr("Search the request log"));
    m_text->setPlaceholderText(tr("Search…"));
    m_text->setToolTip(tr("Workspace, call, method, path, hosts, hop URLs, status, outcome, error, warnings and "
                          "bodies containing this text (any case). Terms as in a browser's network panel: "
                          "status:4xx,5xx -method:GET api:track-v2 host:… region:eu,us call:… workspace:… "
                          "from:2026-12-01 to:2026-12-07 (a leading - negates a term)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(90);
    // Room beyond the minimum goes to the search box and the filters alike (the filters' choices stay readable
    // on a wide window: "Any region", not "Any regi").
    layout->addWidget(m_text, 2);

    m_workspace = makeCombo(this, QStringLiteral("logWorkspaceFilter"), tr("Filter by workspace"));
    setChoices(m_workspace, tr("All workspaces"), {});
    layout->addWidget(m_workspace, 1);

    m_region = makeCombo(this, QStringLiteral("logRegionFilter"), tr("Filter by the region that handled the call"));
    m_region->addItem(tr("Any region"), -1);
    m_region->addItem(tr("US"), int(Region::Us));
    m_region->addItem(tr("EU"), int(Region::Eu));
    m_region->addItem(tr("No host"), int(Region::Unknown));
    layout->addWidget(m_region, 1);

    m_host = makeCombo(this, QStringLiteral("logHostFilter"), tr("Filter by the host that handled the call"));
    setChoices(m_host, tr("Any host"), {});
    layout->addWidget(m_host, 1);

    m_status = makeCombo(this, QStringLiteral("logStatusFilter"), tr("Filter by status class"));
    m_status->setToolTip(tr("Filter by status class; \"network\": no HTTP answer (network error or timeout)"));
    m_status->addItem(tr("Any status"), QString());
    using StatusClass = RequestLogFilter::StatusClass;
    for (StatusClass statusClass : {StatusClass::Success2xx, StatusClass::Redirect3xx, StatusClass::Client4xx,
                                    StatusClass::Server5xx, StatusClass::Network}) {
        const QString name = RequestLogFilter::statusClassName(statusClass);
        m_status->addItem(name, name);
    }
    layout->addWidget(m_status, 1);

    m_call = makeCombo(this, QStringLiteral("logCallFilter"), tr("Filter by call"));
    m_call->addItem(tr("Any call"), -1);
    // A name is unique within its API only: the Pipelines calls say so ("identify (Pipelines)").
    for (CallKind kind : allCallKinds())
        m_call->addItem(isPipelinesCall(kind) ? tr("%1 (Pipelines)").arg(callName(kind)) : callName(kind), int(kind));
    layout->addWidget(m_call, 1);

    m_api = makeCombo(this, QStringLiteral("logApiFilter"), tr("Filter by API"));
    m_api->addItem(tr("Any API"), QString());
    for (const CallApi &api : callApis())
        m_api->addItem(QCoreApplication::translate("CallShape", api.nameText), api.id);
    layout->addWidget(m_api, 1);

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(textDelayMs);
    connect(m_textDelay, &QTimer::timeout, this, &LogFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_workspace, m_region, m_host, m_status, m_call, m_api})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);
}

RequestLogFilter LogFilterBar::filter() const
{
    RequestLogFilter f;
    QString problem;
    if (!f.parseQuery(m_text->text(), &problem)) {
        f = {};
        f.text = m_text->text().trimmed();
    }
    f.workspace = m_workspace->currentData().toString();
    if (const int region = m_region->currentData().toInt(); region >= 0)
        f.region = Region(region);
    f.handledBy = m_host->currentData().toString();
    f.statusClass = RequestLogFilter::statusClassFromName(m_status->currentData().toString())
                        .value_or(RequestLogFilter::StatusClass::Any);
    if (const int call = m_call->currentData().toInt(); call >= 0)
        f.call = CallKind(call);
    if (const QString api = m_api->currentData().toString(); !api.isEmpty())
        f.terms << RequestLogFilter::Term {RequestLogFilter::Field::Api, {api}, false};
    return f;
}

void LogFilterBar::setChoices(QComboBox *combo, const QString &anyText, const QStringList &values,
                              const QStringList &names)
{
    const QString current = combo->currentData().toString();
    QStringList choices = values;
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : std::as_const(choices)) {
        const qsizetype at = values.indexOf(value);
        combo->addItem(at >= 0 && at < names.size() ? names.at(at) : value, value);
        combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void LogFilterBar::setWorkspaces(const QStringList &names)
{
    setChoices(m_workspace, tr("All workspaces"), names);
}

void LogFilterBar::setHosts(const QStringList &hosts, const QStringList &names)
{
    setChoices(m_host, tr("Any host"), hosts, names);
}

void LogFilterBar::clearFilters()
{
    m_quiet = true;
    m_text->clear();
    m_textDelay->stop();
    for (QComboBox *combo : {m_workspace, m_region, m_host, m_status, m_call, m_api})
        combo->setCurrentIndex(0);
    m_quiet = false;
    changed();
}

void LogFilterBar::changed()
{
    if (m_quiet)
        return;
    m_textDelay->stop();
    const RequestLogFilter f = filter();
    updateChips(f);
    Q_EMIT filterChanged(f);
}

void LogFilterBar::addTrailingWidget(QWidget *widget)
{
    widget->setParent(m_chipRow);
    m_chipLayout->addWidget(widget);
}

QList<QWidget *> LogFilterBar::chips() const
{
    QList<QWidget *> list;
    for (int i = 0; i < m_chipLayout->count(); ++i) {
        QWidget *w = m_chipLayout->itemAt(i)->widget();
        if (w && w->objectName() == u"logFilterChip")
            list << w;
    }
    return list;
}

void LogFilterBar::addChip(const QString &text, const std::function<void()> &remove)
{
    auto *chip = new QToolButton(m_chipRow);
    chip->setObjectName(QStringLiteral("logFilterChip"));
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setAccessibleName(tr("Remove the filter %1").arg(text));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAutoRaise(false);
    // Queued: the chip is deleted by the change it triggers.
    connect(
        chip, &QToolButton::clicked, this, [remove] { remove(); }, Qt::QueuedConnection);
    m_chipLayout->insertWidget(m_chipLayout->indexOf(m_problem), chip);
}

void LogFilterBar::updateChips(const RequestLogFilter &f)
{
    for (QWidget *chip : chips()) {
        m_chipLayout->removeWidget(chip);
        chip->deleteLater();
    }
    RequestLogFilter parsed;
    QString problem;
    const bool ok = parsed.parseQuery(m_text->text(), &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!ok);

    const auto resetCombo = [](QComboBox *combo) { return [combo] { combo->setCurrentIndex(0); }; };
    const struct
    {
        QComboBox *combo;
        QString name;
    } combos[] = {{m_workspace, tr("workspace")}, {m_region, tr("region")}, {m_host, tr("host")},
                  {m_status, tr("status")},       {m_call, tr("call")},     {m_api, tr("API")}};
    for (const auto &c : combos) {
        if (c.combo->currentIndex() > 0)
            addChip(QStringLiteral("%1: %2").arg(c.name, c.combo->currentText()), resetCombo(c.combo));
    }
    if (ok) {
        for (int i = 0; i < parsed.terms.size(); ++i) {
            const RequestLogFilter::Term &t = parsed.terms.at(i);
            const QString name = RequestLogFilter::fieldName(t.field);
            addChip(t.negated ? tr("not %1: %2").arg(name, t.values.join(QStringLiteral(", ")))
                              : QStringLiteral("%1: %2").arg(name, t.values.join(QStringLiteral(", "))),
                    [this, i] { removeTextPart(i); });
        }
        const QLocale locale;
        if (parsed.from.isValid())
            addChip(tr("from %1").arg(locale.toString(parsed.from, QLocale::ShortFormat)),
                    [this] { removeTextPart(-2); });
        if (parsed.until.isValid())
            addChip(tr("before %1").arg(locale.toString(parsed.until, QLocale::ShortFormat)),
                    [this] { removeTextPart(-3); });
    }
    if (!f.text.isEmpty())
        addChip(tr("text: “%1”").arg(f.text), [this] { removeTextPart(-1); });
    m_chipRow->setVisible(!chips().isEmpty() || !ok);
}

void LogFilterBar::removeTextPart(int index)
{
    RequestLogFilter parsed;
    QString problem;
    if (!parsed.parseQuery(m_text->text(), &problem)) {
        m_text->clear();
        changed();
        return;
    }
    QStringList words;
    for (int i = 0; i < parsed.terms.size(); ++i)
        if (i != index)
            words << RequestLogFilter::termText(parsed.terms.at(i));
    // The range as typed: from:/to: words are kept unless this chip is theirs.
    static const QRegularExpression range(QStringLiteral("^(from|to):"));
    for (const QString &word : m_text->text().split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(word);
        if (m.hasMatch() && !(index == -2 && m.captured(1) == u"from") && !(index == -3 && m.captured(1) == u"to"))
            words << word;
    }
    if (index != -1 && !parsed.text.isEmpty())
        words << parsed.text;
    const QSignalBlocker blocker(m_text);
    m_text->setText(words.join(u' '));
    changed();
}

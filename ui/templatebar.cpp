#include "templatebar.h"

#include "statuscolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>

namespace { } // namespace

TemplateBar::TemplateBar(std::function<ComposedCall()> composition, QWidget *parent)
    : QWidget(parent)
    , m_composition(std::move(composition))
{
    setObjectName(QStringLiteral("templateBar"));
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("templateCombo"));
    m_templates->setAccessibleName(tr("Saved templates"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(16);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setText(tr("Save as…"));
    m_save->setToolTip(tr("Save this call as a template of the workspace"));
    m_save->setAccessibleName(tr("Save the call as a template"));
    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected template"));
    m_delete->setAccessibleName(tr("Delete the selected template"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_templates, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    layout->addWidget(m_message);

    connect(m_templates, &QComboBox::activated, this, &TemplateBar::apply);
    connect(m_save, &QToolButton::clicked, this, &TemplateBar::save);
    connect(m_delete, &QToolButton::clicked, this, &TemplateBar::remove);
    reload();
}

void TemplateBar::setStore(CallTemplates *store)
{
    m_store = store;
    reload();
}

void TemplateBar::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    reload();
}

void TemplateBar::reload()
{
    const QString current = m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
    m_templates->clear();
    const QStringList names = usable() ? m_store->names(m_workspace) : QStringList();
    m_templates->addItem(names.isEmpty() ? tr("No saved templates") : tr("Choose a template…"));
    for (const QString &name : names)
        m_templates->addItem(name, name);
    const int index = current.isEmpty() ? -1 : m_templates->findData(current);
    m_templates->setCurrentIndex(index > 0 ? index : 0);
    m_templates->setEnabled(!names.isEmpty());
    m_save->setEnabled(usable());
    m_delete->setEnabled(m_templates->currentIndex() > 0);
}

void TemplateBar::apply(int index)
{
    m_delete->setEnabled(index > 0);
    m_message->clear();
    if (index <= 0 || !usable())
        return;
    if (const std::optional<ComposedCall> call = m_store->load(m_workspace, m_templates->itemData(index).toString()))
        Q_EMIT templateChosen(*call);
}

void TemplateBar::save()
{
    if (!usable())
        return;
    // Window-modal and asynchronous: the window keeps painting and the log keeps arriving.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save template"));
    dialog->setLabelText(
        tr("Template name (saved with workspace \"%1\"; an existing name is replaced):").arg(m_workspace));
    dialog->setTextValue(m_templates->currentIndex() > 0 ? m_templates->currentText() : QString());
    dialog->setWindowModality(Qt::WindowModal);
    const QString workspace = m_workspace;
    const ComposedCall call = m_composition();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, workspace, call](const QString &typed) {
        const QString name = typed.trimmed();
        if (!usable() || m_workspace != workspace)
            return;
        const bool replacing = m_store->names(workspace).contains(name);
        const QString error = m_store->save(workspace, name, call);
        reload();
        if (!error.isEmpty()) {
            m_message->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, palette()));
            m_message->setText(error);
            return;
        }
        m_templates->setCurrentIndex(m_templates->findData(name));
        m_delete->setEnabled(true);
        m_message->setStyleSheet(QString());
        m_message->setText(replacing ? tr("Replaced.") : tr("Saved."));
    });
    dialog->open();
}

void TemplateBar::remove()
{
    if (!usable() || m_templates->currentIndex() <= 0)
        return;
    const QString name = m_templates->currentData().toString();
    m_store->remove(m_workspace, name);
    m_templates->setCurrentIndex(0);
    reload();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Deleted \"%1\".").arg(name));
}

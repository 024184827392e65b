#pragma once

#include "calltemplates.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QToolButton;

// The composer's templates: choose one to fill the form, save the form under a name (replacing a
// template of that name), delete the one chosen. The templates are the current workspace's, in a
// CallTemplates store; the bar says what it did ("Saved.", "Deleted …") or why it could not.
class TemplateBar : public QWidget
{
    Q_OBJECT

public:
    // `composition` gives the call as composed when it is saved.
    explicit TemplateBar(std::function<ComposedCall()> composition, QWidget *parent = nullptr);

    // The store (not owned; null: none) and the workspace whose templates are offered ("": none).
    void setStore(CallTemplates *store);
    void setWorkspace(const QString &workspace);

    // The list of templates, the buddy of the row's label.
    QComboBox *comboBox() const { return m_templates; }

Q_SIGNALS:
    // A template was chosen: the form shows it.
    void templateChosen(const ComposedCall &call);

private:
    void reload();
    void apply(int index);
    void save();
    void remove();
    bool usable() const { return m_store && !m_workspace.isEmpty(); }

    std::function<ComposedCall()> m_composition;
    CallTemplates *m_store = nullptr;
    QString m_workspace;
    QComboBox *m_templates;
    QToolButton *m_save;
    QToolButton *m_delete;
    QLabel *m_message;
};

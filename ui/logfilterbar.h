#pragma once

#include "requestlogstore.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

// The request log's filters as widgets: free text, workspace, region of the host that handled the call,
// handled-by host, status class and call. filter() is the RequestLogFilter they describe ("Any" leaves a
// field unset); filterChanged() follows every change, at once for the lists and textDelayMs after the last
// keystroke for the text, so that typing does not run one query per character.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int textDelayMs = 150;

    explicit LogFilterBar(QWidget *parent = nullptr);

    RequestLogFilter filter() const;
    bool isActive() const { return !filter().isEmpty(); }

    // The workspaces and hosts offered. A current choice that is no longer offered stays listed, so that
    // the filter in force never changes behind the admin's back.
    void setWorkspaces(const QStringList &names);
    // shown: a host's name as the admin reads it (HostNames::of()); the filter still matches the host.
    void setHosts(const QStringList &hosts, const QHash<QString, QString> &shown = {});
    // Every filter back to "Any" (one filterChanged()).
    void clearFilters();

    QLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void filterChanged(const RequestLogFilter &filter);

private:
    void changed();
    static void setChoices(QComboBox *combo, const QString &anyText, const QStringList &values);

    QLineEdit *m_text;
    QComboBox *m_workspace;
    QComboBox *m_region;
    QComboBox *m_host;
    QComboBox *m_status;
    QComboBox *m_call;
    QTimer *m_textDelay;
    bool m_quiet = false; // inside setChoices()/clearFilters(): no signal per step
};

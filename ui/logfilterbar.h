#pragma once

#include "requestlogstore.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

// The request log's filters as widgets: free text, workspace, region of the host that handled the call,
// handled-by host, status class and call. filter() is the RequestLogFilter they describe ("Any" leaves a
// field unset); filterChanged() follows every change, at once for the lists and textDelayMs after the last
// keystroke for the text, so that typing does not run one query per character.
//
// The search box also takes terms as a browser's network panel does (RequestLogFilter::parseQuery():
// `status:4xx,5xx -method:GET from:2026-12-01`). Every filter in force is shown below as a removable chip
// (a button "status: 4xx, 5xx ✕"); a bad term is shown as a problem and the rest of the text still filters.
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
    // names: what the list shows for each host, e.g. "US · track" (the host itself when missing).
    void setHosts(const QStringList &hosts, const QStringList &names = {});
    // Every filter back to "Any" (one filterChanged()).
    void clearFilters();

    QLineEdit *textEdit() const { return m_text; }
    // The chips of the filters in force, in order (buttons named logFilterChip).
    QList<QWidget *> chips() const;
    // Puts widget at the end of the chips' row (shown with the chips), e.g. the log's Clear matching button.
    void addTrailingWidget(QWidget *widget);

Q_SIGNALS:
    void filterChanged(const RequestLogFilter &filter);

private:
    void changed();
    void updateChips(const RequestLogFilter &filter);
    void addChip(const QString &text, const std::function<void()> &remove);
    // The search box's text without its term number index (-1: without its free text words).
    void removeTextPart(int termIndex);
    static void setChoices(QComboBox *combo, const QString &anyText, const QStringList &values,
                           const QStringList &names = {});

    QLineEdit *m_text;
    QComboBox *m_workspace;
    QComboBox *m_region;
    QComboBox *m_host;
    QComboBox *m_status;
    QComboBox *m_call;
    QComboBox *m_api; // the API's id ("track-v1", "pipelines"...) as a term
    QTimer *m_textDelay;
    QWidget *m_chipRow;
    QHBoxLayout *m_chipLayout;
    QLabel *m_problem; // a term of the search box that could not be read
    bool m_quiet = false; // inside setChoices()/clearFilters(): no signal per step
};

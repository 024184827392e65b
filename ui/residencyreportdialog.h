#pragma once

#include "residencyreport.h"

#include <QDialog>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

// Log › Residency report…: picks a scope (every workspace, one workspace, one account), a date range
// (default: the last 30 days) and the APIs, shows the report (ReportHtml, its first calls) and saves it as
// PDF, JSON or HTML. The report is built on a worker thread (a large log takes seconds); the installation's
// report key is read from the keychain first (ReportKey), asynchronously.
class ResidencyReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResidencyReportDialog(ConsoleSession *session, QWidget *parent = nullptr);
    ~ResidencyReportDialog() override;

    // The report shown, once a preview finished (for tests).
    const ResidencyReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // Writes the report shown to path in format ("pdf", "json", "html"); false with *error.
    bool save(const QString &path, const QString &format, QString *error) const;

    // Starts a preview (the Preview button).
    void preview();

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString &why);

private:
    ResidencyReport::Scope scope() const;
    void updateNames();
    void build(const ResidencyReport::Scope &scope, const QByteArray &key);
    void saveAs();
    void showProblem(const QString &text);

    ConsoleSession *m_session;
    QComboBox *m_scopeKind;
    QComboBox *m_name;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_track;
    QCheckBox *m_app;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QTextBrowser *m_view;
    ResidencyReport m_report;
    bool m_hasReport = false;
    bool m_building = false;
};

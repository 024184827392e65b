#pragma once

#include "region.h"

#include <QWidget>

class ConsoleSession;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// "SDK snippets", a collapsible section of the Data and Privacy panel: how to configure each official
// Customer.io library (SdkSnippets: Track clients, Pipelines clients, mobile SDKs) for the selected
// workspace's region, in a read-only monospace box with Copy. The region is the one the panel shows as
// verified; while it is unknown (not verified, being checked, no workspace) the section says so and holds
// nothing to copy: it never guesses a region.
class SdkSnippetView : public QWidget
{
    Q_OBJECT

public:
    explicit SdkSnippetView(QWidget *parent = nullptr);

    // Follows the session's selected workspace and its region checks from now on.
    void follow(ConsoleSession *session);
    // Shows the snippets for region; Region::Unknown shows why (unknownWhy) and no snippet.
    void setRegion(Region region, const QString &unknownWhy = QString());

    Region region() const { return m_region; }
    QString snippetText() const; // empty while the region is unknown
    void selectLibrary(const QString &id);

private:
    void followSelected();
    void refresh();
    void copy();

    ConsoleSession *m_session = nullptr;
    Region m_region = Region::Unknown;
    QString m_unknownWhy;
    QToolButton *m_toggle;
    QWidget *m_body;
    QComboBox *m_library;
    QLabel *m_state;
    QPlainTextEdit *m_text;
    QLabel *m_install;
    QLabel *m_source;
    QPushButton *m_copy;
};

#pragma once

#include "command.h"
#include "sandboxfault.h"

#include <QSslConfiguration>

#include <optional>
#include <utility>

class SandboxServer;

// cio-console sandbox [--ports a,b,c,d[,e,f]] [--accounts FILE] [--fault HOST=FAULT]... [--redirect-status CODE]
//                     [--write-endpoints FILE] [--tls-cert FILE --tls-key FILE [--tls-ca FILE]]
// The offline Customer.io stand-in (SandboxServer) on 127.0.0.1, run alone until the process is killed: every
// option is checked before anything listens (exit 2), a port that cannot be bound is exit 1. Prints each
// host's URL and the endpoint file's content (CIO_CONSOLE_ENDPOINTS), and writes that file with
// --write-endpoints once listening.
class SandboxCommand : public Command
{
    Q_OBJECT

public:
    SandboxCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent = nullptr);

    // The server once started; null before (and after a failure).
    SandboxServer *server() const { return m_sandbox; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    void run() override;

private:
    // What the options ask for, once checked.
    struct Setup
    {
        QList<quint16> ports; // in SandboxServer::Host order: Track US, Track EU, App US, App EU, Pipelines US, EU
        QList<std::pair<QString, SandboxFault>> faults; // host name ("all" too), fault
        int redirectStatus = 301;
        std::optional<QSslConfiguration> tls;
        QString caFile; // absolute; "" = none
    };
    // Each reads its options into *setup; false after a usage error.
    bool readPorts(Setup *setup);
    bool readFaults(Setup *setup);
    bool readTls(Setup *setup);
    void start(const Setup &setup);

    SandboxServer *m_sandbox = nullptr;
};

// judge(): what a request that got no complete answer leads to. Every stall is worded the same way every time,
// only a TLS protocol error (never a timeout or a refused connection) sends a loopback registry to plain HTTP,
// and the hint names what the user can do (plain HTTP for a server that does not speak TLS, a CA for a
// certificate that did not verify).
#include "core/registry/NoAnswer.h"

#include <QtTest>

using namespace charthouse;
using Step = NoAnswerVerdict::Step;

namespace {

NoAnswer https()
{
    NoAnswer f;
    f.host = QStringLiteral("registry.example:5000");
    f.https = true;
    f.errorString = QStringLiteral("some error");
    f.idleTimeoutMs = 30'000;
    return f;
}

} // namespace

class TestNoAnswer : public QObject
{
    Q_OBJECT

private slots:
    void silenceIsNoAnswerEveryTime()
    {
        for (const QNetworkReply::NetworkError error :
            {QNetworkReply::OperationCanceledError, QNetworkReply::TimeoutError, QNetworkReply::RemoteHostClosedError}) {
            NoAnswer f = https();
            f.stall = TransferWatch::Stall::Idle;
            f.error = error;
            f.mayFallBackToPlainHttp = true; // a timeout is never taken for "speaks plain HTTP"
            f.mayRetry = true; // nor retried
            const NoAnswerVerdict v = judge(f);
            QCOMPARE(v.step, Step::Fail);
            QCOMPARE(v.error->message(), QStringLiteral("cannot reach registry.example:5000: no answer within 30 s"));
            QCOMPARE(v.error->hint(), Error::Hint::ClientCertificate);
        }
    }

    void onlyATlsProtocolErrorMeansPlainHttp()
    {
        NoAnswer f = https();
        f.mayFallBackToPlainHttp = true;
        f.error = QNetworkReply::SslHandshakeFailedError;
        QCOMPARE(judge(f).step, Step::TryPlainHttp);
        f.error = QNetworkReply::RemoteHostClosedError;
        QCOMPARE(judge(f).step, Step::TryPlainHttp);
        f.error = QNetworkReply::ConnectionRefusedError; // nothing listens: plain HTTP would be refused too
        QCOMPARE(judge(f).step, Step::Fail);
        f.error = QNetworkReply::SslHandshakeFailedError;
        f.certificateRejected = true; // it speaks TLS; its certificate is the problem
        QCOMPARE(judge(f).step, Step::Fail);
        QCOMPARE(judge(f).error->hint(), Error::Hint::PrivateCa);
    }

    void plainHttpServerUnderANameGetsThePlainHttpHint()
    {
        // Not a loopback name, so no fallback: the handshake met a server that does not speak TLS.
        NoAnswer f = https();
        f.error = QNetworkReply::SslHandshakeFailedError;
        const NoAnswerVerdict v = judge(f);
        QCOMPARE(v.step, Step::Fail);
        QCOMPARE(v.error->hint(), Error::Hint::PlainHttp);
        QCOMPARE(v.error->hintSubject(), f.host);
        QVERIFY(!v.error->message().contains(QStringLiteral("--")));
    }

    void aBodyCutShortSaysHowFarItGot()
    {
        NoAnswer f = https();
        f.status = 200;
        f.error = QNetworkReply::RemoteHostClosedError;
        f.received = 131361;
        f.expected = 262722;
        f.mayRetry = true;
        QCOMPARE(judge(f).step, Step::Retry);
        f.mayRetry = false;
        QCOMPARE(judge(f).error->message(),
            QStringLiteral("registry.example:5000: the connection closed after 131361 of 262722 bytes"));
        f.expected = -1;
        QCOMPARE(judge(f).error->message(), QStringLiteral("registry.example:5000: the connection closed after 131361 bytes"));
    }

    void aDrippingServerMeetsTheSpeedLimit()
    {
        NoAnswer f = https();
        f.status = 200;
        f.stall = TransferWatch::Stall::Slow;
        f.error = QNetworkReply::OperationCanceledError;
        f.slowBytes = 6;
        f.mayRetry = true;
        const NoAnswerVerdict v = judge(f);
        QCOMPARE(v.step, Step::Fail);
        QCOMPARE(v.error->hint(), Error::Hint::SpeedLimit);
        QCOMPARE(v.error->message(),
            QStringLiteral("registry.example:5000: the transfer moved 6 bytes in 30 s, below the speed limit of 1024 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestNoAnswer)
#include "test_no_answer.moc"

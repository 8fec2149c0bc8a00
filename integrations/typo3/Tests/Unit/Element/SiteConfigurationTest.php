<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Tests\Unit\Element;

use MijnZaken\Typo3\Element\SiteConfiguration;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\Attributes\Test;
use PHPUnit\Framework\TestCase;

final class SiteConfigurationTest extends TestCase
{
    #[Test]
    public function unsetSettingsGiveTheSameOriginGatewayAndTheBundledScript(): void
    {
        $configuration = SiteConfiguration::fromSettings(null, null);
        self::assertSame('/api/zgw', $configuration->gateway);
        self::assertSame('EXT:mijn_zaken/Resources/Public/JavaScript/mijn-zaken.js', $configuration->script);
        self::assertFalse($configuration->scriptRejected);
        self::assertSame([], $configuration->connectSources());
        self::assertSame([], $configuration->scriptSources());
    }

    #[Test]
    public function blankOrNonStringSettingsCountAsUnset(): void
    {
        foreach (['', '   ', 42, ['x'], false] as $value) {
            $configuration = SiteConfiguration::fromSettings($value, $value);
            self::assertSame('/api/zgw', $configuration->gateway);
            self::assertSame(SiteConfiguration::BUNDLED_SCRIPT, $configuration->script);
        }
    }

    #[Test]
    public function aCrossOriginGatewayIsAllowedInConnectSrcByItsOriginOnly(): void
    {
        $configuration = SiteConfiguration::fromSettings(' https://Mijn.Gemeente.example:8443/api/zgw?x=1 ', null);
        self::assertSame('https://Mijn.Gemeente.example:8443/api/zgw?x=1', $configuration->gateway);
        self::assertSame(['https://mijn.gemeente.example:8443'], $configuration->connectSources());
    }

    #[Test]
    public function anInvalidGatewayIsPassedOnForTheElementToReportButNeverReachesThePolicy(): void
    {
        foreach (['https://user:pw@gw.example/api', 'javascript:alert(1)', 'https://gw.example/a b', "https://gw.example\n/x", 'https://gw.example;script-src *'] as $gateway) {
            $configuration = SiteConfiguration::fromSettings($gateway, null);
            self::assertSame(trim($gateway), $configuration->gateway, $gateway);
            self::assertSame([], $configuration->connectSources(), $gateway);
        }
    }

    #[Test]
    public function anHttpsCdnScriptIsUsedAndAllowedInScriptSrc(): void
    {
        $configuration = SiteConfiguration::fromSettings(null, 'https://cdn.gemeente.example/mijn-zaken/0.1.0/mijn-zaken.js');
        self::assertSame('https://cdn.gemeente.example/mijn-zaken/0.1.0/mijn-zaken.js', $configuration->script);
        self::assertSame(['https://cdn.gemeente.example'], $configuration->scriptSources());
        self::assertFalse($configuration->scriptRejected);
    }

    /** @return iterable<string, array{string}> */
    public static function acceptedLocalScripts(): iterable
    {
        yield 'own EXT: path' => ['EXT:mijn_zaken/Resources/Public/JavaScript/mijn-zaken.js'];
        yield 'sitepackage EXT: path' => ['EXT:sitepackage/Resources/Public/JavaScript/vendor/mijn-zaken.mjs'];
        yield 'root-relative path' => ['/assets/mijn-zaken/mijn-zaken.js'];
        yield 'loopback http (development)' => ['http://127.0.0.1:8080/mijn-zaken.js'];
    }

    #[Test]
    #[DataProvider('acceptedLocalScripts')]
    public function localScriptLocationsAreUsedAsWritten(string $url): void
    {
        $configuration = SiteConfiguration::fromSettings(null, $url);
        self::assertSame($url, $configuration->script);
        self::assertFalse($configuration->scriptRejected);
    }

    /** @return iterable<string, array{string}> */
    public static function rejectedScripts(): iterable
    {
        yield 'plain http on a public host' => ['http://cdn.example/mijn-zaken.js'];
        yield 'protocol-relative' => ['//cdn.example/mijn-zaken.js'];
        yield 'credentials' => ['https://user:pw@cdn.example/mijn-zaken.js'];
        yield 'javascript:' => ['javascript:alert(1)'];
        yield 'data:' => ['data:text/javascript,alert(1)'];
        yield 'EXT: outside Resources/Public' => ['EXT:mijn_zaken/Configuration/Services.yaml'];
        yield 'EXT: climbing out' => ['EXT:mijn_zaken/Resources/Public/../../ext_emconf.php.js'];
        yield 'root-relative climbing out' => ['/assets/../typo3conf/system/settings.php'];
        yield 'quote breaking the attribute' => ['https://cdn.example/x.js" onload="alert(1)'];
        yield 'space' => ['https://cdn.example/a b.js'];
        yield 'CSP directive smuggled in' => ['https://cdn.example;script-src *'];
    }

    #[Test]
    #[DataProvider('rejectedScripts')]
    public function unsafeScriptLocationsFallBackToTheBundledCopyAndAddNoSource(string $url): void
    {
        $configuration = SiteConfiguration::fromSettings(null, $url);
        self::assertSame(SiteConfiguration::BUNDLED_SCRIPT, $configuration->script);
        self::assertTrue($configuration->scriptRejected);
        self::assertSame([], $configuration->scriptSources());
    }
}

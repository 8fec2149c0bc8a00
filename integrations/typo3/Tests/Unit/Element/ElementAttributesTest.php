<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Tests\Unit\Element;

use MijnZaken\Typo3\Element\ElementAttributes;
use MijnZaken\Typo3\Element\SiteConfiguration;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\Attributes\Test;
use PHPUnit\Framework\TestCase;

/** Numbered by CONTRACT section 2 (attributes) where a test pins one. */
final class ElementAttributesTest extends TestCase
{
    private static function site(string $gateway = '/api/zgw'): SiteConfiguration
    {
        return SiteConfiguration::fromSettings($gateway, null);
    }

    #[Test]
    public function contract2_overviewHasGatewayLangAndHeadingLevelButNoZaak(): void
    {
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'overview', 'tx_mijnzaken_zaak' => 'ZAAK-1'], self::site(), 'nl');
        self::assertSame(['gateway' => '/api/zgw', 'lang' => 'nl', 'heading-level' => '2'], $element->toArray());
        self::assertNull($element->zaak);
    }

    #[Test]
    public function contract2_oneZaakCarriesItsZaaknummer(): void
    {
        $element = ElementAttributes::fromRecord(
            ['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => 'ZAAK-2026-0000123', 'tx_mijnzaken_heading_level' => 3],
            self::site('https://mijn.gemeente.example/api/zgw'),
            'en'
        );
        self::assertSame([
            'gateway' => 'https://mijn.gemeente.example/api/zgw',
            'zaak' => 'ZAAK-2026-0000123',
            'lang' => 'en',
            'heading-level' => '3',
        ], $element->toArray());
    }

    #[Test]
    public function aUuidIsPassedAsWritten(): void
    {
        $uuid = '5f3c7c4e-0c7a-4c3e-9a57-2b6f3f1c9d10';
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => $uuid], self::site(), 'nl');
        self::assertSame($uuid, $element->zaak);
    }

    #[Test]
    public function oneZaakWithoutAZaaknummerShowsTheOverview(): void
    {
        foreach (['', '   ', "\u{200B}\t", null, ['x']] as $zaak) {
            $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => $zaak], self::site(), 'nl');
            self::assertArrayNotHasKey('zaak', $element->toArray());
        }
    }

    #[Test]
    public function pastedZaaknummersLoseStrayWhitespaceAndInvisibleCharactersButAreNeverShortened(): void
    {
        $element = ElementAttributes::fromRecord(
            ['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => " \u{FEFF}ZAAK-2026-0000123\u{200B}\r\n"],
            self::site(),
            'nl'
        );
        self::assertSame('ZAAK-2026-0000123', $element->zaak);

        $long = str_repeat('A', 120);
        self::assertSame($long, ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => $long], self::site(), 'nl')->zaak);
    }

    #[Test]
    public function hostileTextIsKeptAsDataForTheTemplateToEscape(): void
    {
        $hostile = '"><script>alert(1)</script>';
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => $hostile], self::site(), 'nl');
        self::assertSame($hostile, $element->zaak);
    }

    #[Test]
    public function invalidUtf8InTheZaaknummerGivesTheOverview(): void
    {
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => "ZAAK-\xC3\x28"], self::site(), 'nl');
        self::assertNull($element->zaak);
    }

    #[Test]
    public function anUnknownViewIsTheOverview(): void
    {
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'list', 'tx_mijnzaken_zaak' => 'ZAAK-1'], self::site(), 'nl');
        self::assertNull($element->zaak);
        self::assertNull(ElementAttributes::fromRecord([], self::site(), 'nl')->zaak);
    }

    /** @return iterable<string, array{mixed, string}> */
    public static function headingLevels(): iterable
    {
        yield 'int 1' => [1, '1'];
        yield 'int 6' => [6, '6'];
        yield 'string from the database' => ['4', '4'];
        yield 'padded string' => [' 5 ', '5'];
        yield 'missing' => [null, '2'];
        yield 'zero' => [0, '2'];
        yield 'seven' => [7, '2'];
        yield 'negative' => [-1, '2'];
        yield 'float string' => ['3.5', '2'];
        yield 'text' => ['h3', '2'];
        yield 'array' => [[3], '2'];
    }

    #[Test]
    #[DataProvider('headingLevels')]
    public function contract2_headingLevelIsOneToSixElseTwo(mixed $stored, string $expected): void
    {
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_heading_level' => $stored], self::site(), 'nl');
        self::assertSame($expected, $element->toArray()['heading-level']);
    }

    /** @return iterable<string, array{string, string}> */
    public static function pageLanguages(): iterable
    {
        yield 'nl' => ['nl', 'nl'];
        yield 'nl-NL' => ['nl-NL', 'nl'];
        yield 'en-GB' => ['en-GB', 'en'];
        yield 'EN upper case' => ['EN', 'en'];
        yield 'fy_NL posix' => ['fy_NL', 'fy'];
        yield 'German page: the element speaks Dutch, and says so' => ['de', 'nl'];
        yield 'empty' => ['', 'nl'];
        yield 'garbage' => ['"><x', 'nl'];
    }

    #[Test]
    #[DataProvider('pageLanguages')]
    public function contract2_langFollowsThePageLanguageWhereTheElementSpeaksIt(string $pageLanguage, string $expected): void
    {
        self::assertSame($expected, ElementAttributes::fromRecord([], self::site(), $pageLanguage)->lang);
    }

    #[Test]
    public function attributesAreWrittenInContractOrder(): void
    {
        $element = ElementAttributes::fromRecord(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => 'Z-1'], self::site(), 'fy');
        self::assertSame(['gateway', 'zaak', 'lang', 'heading-level'], array_keys($element->toArray()));
    }
}

<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\DataProcessing;

use MijnZaken\Typo3\Element\ElementAttributes;
use MijnZaken\Typo3\Element\SiteConfiguration;
use Psr\Log\LoggerAwareInterface;
use Psr\Log\LoggerAwareTrait;
use TYPO3\CMS\Core\Site\Entity\Site;
use TYPO3\CMS\Core\Site\Entity\SiteLanguage;
use TYPO3\CMS\Core\Utility\GeneralUtility;
use TYPO3\CMS\Frontend\ContentObject\ContentObjectRenderer;
use TYPO3\CMS\Frontend\ContentObject\DataProcessorInterface;

/**
 * Gives the template `{mijnZaken}`: the attribute values of CONTRACT 2 (gateway, zaak, lang,
 * headingLevel) and `script`, the module's location.
 * The thin TYPO3 side: reading the site, its settings and the page language; the decisions are in
 * ElementAttributes and SiteConfiguration.
 */
final class MijnZakenProcessor implements DataProcessorInterface, LoggerAwareInterface
{
    use LoggerAwareTrait;

    public function process(
        ContentObjectRenderer $cObj,
        array $contentObjectConfiguration,
        array $processorConfiguration,
        array $processedData
    ): array {
        $request = $cObj->getRequest();
        $site = $request->getAttribute('site');
        $settings = $site instanceof Site ? $site->getSettings() : null;
        $configuration = SiteConfiguration::fromSettings(
            $settings?->get('mijnZaken.gateway'),
            $settings?->get('mijnZaken.scriptUrl'),
        );
        if ($configuration->scriptRejected) {
            $this->logger?->warning(
                'Site setting mijnZaken.scriptUrl is not an https:, EXT: or root-relative script location; the bundled mijn-zaken.js is used.'
            );
        }
        if ($configuration->script === SiteConfiguration::BUNDLED_SCRIPT
            && !is_file(GeneralUtility::getFileAbsFileName($configuration->script))) {
            $this->logger?->error(
                'mijn-zaken.js is not in the extension (Resources/Public/JavaScript/): build the package with `npm run build:typo3`, or set mijnZaken.scriptUrl.'
            );
        }
        $language = $request->getAttribute('language');
        $languageCode = $language instanceof SiteLanguage ? $language->getLocale()->getLanguageCode() : '';

        $element = ElementAttributes::fromRecord($processedData['data'] ?? [], $configuration, $languageCode);
        $processedData[(string)($processorConfiguration['as'] ?? 'mijnZaken')] = [
            'gateway' => $element->gateway,
            'zaak' => $element->zaak,
            'lang' => $element->lang,
            'headingLevel' => $element->headingLevel,
            'script' => $configuration->script,
        ];
        return $processedData;
    }
}

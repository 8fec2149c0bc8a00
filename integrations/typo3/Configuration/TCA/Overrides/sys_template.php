<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Utility\ExtensionManagementUtility;

defined('TYPO3') or die();

// TYPO3 12 (no site sets): the integrator includes this static template in the site's TypoScript record.
// TYPO3 13 sites use the site set "Mijn zaken" (Configuration/Sets/MijnZaken) instead.
ExtensionManagementUtility::addStaticFile('mijn_zaken', 'Configuration/TypoScript', 'Mijn zaken');

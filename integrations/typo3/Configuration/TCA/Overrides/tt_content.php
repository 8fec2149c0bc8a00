<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Utility\ExtensionManagementUtility;

defined('TYPO3') or die();

(static function (): void {
    $ll = 'LLL:EXT:mijn_zaken/Resources/Private/Language/locallang_db.xlf:';
    $cType = 'mijnzaken_mijnzaken';

    ExtensionManagementUtility::addTCAcolumns('tt_content', [
        'tx_mijnzaken_view' => [
            'label' => $ll . 'field.view',
            'description' => $ll . 'field.view.description',
            'onChange' => 'reload',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => [
                    ['label' => $ll . 'field.view.overview', 'value' => 'overview'],
                    ['label' => $ll . 'field.view.zaak', 'value' => 'zaak'],
                ],
                'default' => 'overview',
            ],
        ],
        'tx_mijnzaken_zaak' => [
            'label' => $ll . 'field.zaak',
            'description' => $ll . 'field.zaak.description',
            'displayCond' => 'FIELD:tx_mijnzaken_view:=:zaak',
            'config' => [
                'type' => 'input',
                'size' => 30,
                // A zaak identificatie is at most 40 characters (Zaken API 1.5); a UUID is 36.
                'max' => 40,
                'eval' => 'trim',
                'required' => true,
                'placeholder' => 'ZAAK-2026-0000123',
            ],
        ],
        'tx_mijnzaken_heading_level' => [
            'label' => $ll . 'field.headingLevel',
            'description' => $ll . 'field.headingLevel.description',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => array_map(
                    static fn (int $level): array => ['label' => $ll . 'field.headingLevel.' . $level, 'value' => $level],
                    range(1, 6)
                ),
                'default' => 2,
            ],
        ],
    ]);

    // addTcaSelectItem rather than 13.4's addRecordType: the same call works on TYPO3 12.
    // On 13 the new-content wizard reads group, icon and description from this item;
    // on 12 Configuration/page.tsconfig adds the wizard entry.
    ExtensionManagementUtility::addTcaSelectItem('tt_content', 'CType', [
        'label' => $ll . 'element.title',
        'description' => $ll . 'element.description',
        'value' => $cType,
        'icon' => 'mijn-zaken-content',
        'group' => 'default',
    ]);
    $GLOBALS['TCA']['tt_content']['ctrl']['typeicon_classes'][$cType] = 'mijn-zaken-content';
    $GLOBALS['TCA']['tt_content']['types'][$cType] = [
        'showitem' => '
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:general,
                --palette--;;general,
                header;' . $ll . 'field.header,
                --palette--;' . $ll . 'palette.element;mijnzaken,
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:access,
                --palette--;;hidden,
                --palette--;;access,
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:extended,
        ',
        'columnsOverrides' => [
            'header' => [
                'description' => $ll . 'field.header.description',
            ],
        ],
    ];
    $GLOBALS['TCA']['tt_content']['palettes']['mijnzaken'] = [
        'label' => $ll . 'palette.element',
        'description' => $ll . 'palette.element.description',
        'showitem' => 'tx_mijnzaken_view, tx_mijnzaken_zaak, --linebreak--, tx_mijnzaken_heading_level',
    ];
})();

package com.example.shop.api.v1;

/** ShopSpec is the desired state of a Shop. */
public class ShopSpec {
  /** Replicas is the number of shop front ends. */
  public int replicas = 1;

  /** Image is the shop's container image. */
  public String image;

  /** SettingsName names the ConfigMap, written by the shop's owners, that configures it. */
  public String settingsName;

  /** CredentialsName names the Secret holding the shop's payment credentials. */
  public String credentialsName;
}
